//! Time expressions recognised and normalised to TIMEX3 against the publication date.
