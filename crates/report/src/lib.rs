//! Story reports in text, markdown and JSON.
