//! Online story clustering and near-duplicate detection.
