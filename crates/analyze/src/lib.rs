//! Language identification, sentence splitting and tokens with offsets.
