//! Extraction: the stages that read a segmented [`Doc`] and add layers.
pub mod dates;
pub mod lexicon;
