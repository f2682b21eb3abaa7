//! The embedded SQLite store of documents, annotations and stories.
