//! Readers: plain text, JSON Lines, HTML, WARC and feeds to raw documents.
