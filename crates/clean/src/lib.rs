//! Boilerplate removal and metadata (title, authors, outlet, date) from the text itself.
