//! The learning machinery of every trained model in dateline: one averaged perceptron,
//! one feature hashing, one quantized weight table, one model file.
//!
//! A model scores `N` classes (entity labels, parser moves, part-of-speech tags) from
//! features that are 64-bit hashes ([`hash`]). Training keeps [`Averaged`] weights,
//! visits the data in a seeded [`shuffle`] and may sum the weights of several seeds
//! ([`add_weights`]); the result is quantized to 16-bit [`Weights`] and written as a
//! model file ([`ModelFile`] for one table, or [`write_header`], [`write_table`] and
//! [`finish_with_checksum`] for several) that records the feature schema it was
//! trained with and refuses to load under another one.
//!
//! ```
//! use learn::{Averaged, FileKind, ModelFile, Weights};
//! use std::path::Path;
//!
//! const KIND: FileKind =
//!     FileKind { magic: b"DLXMP", version: b"001", what: "example model", rebuild: "retrain it" };
//! let mut training = Averaged::<2>::new();
//! let features = [learn::hash::exact_hash("Kyiv")];
//! training.update(&features, 1, 0);
//! training.tick(1);
//! let weights = Weights::quantize(training.averaged(), 64);
//! let file = ModelFile::new(weights, "epochs=1".into(), &KIND, 42);
//! let bytes = file.to_bytes(&KIND, 42);
//! let loaded = ModelFile::<2>::from_bytes(&bytes, Path::new("x.bin"), &KIND, 42, &String::new).unwrap();
//! let sums = loaded.weights().sums(&features);
//! assert!(sums[1] > sums[0]);
//! assert!(ModelFile::<2>::from_bytes(&bytes, Path::new("x.bin"), &KIND, 43, &String::new).is_err());
//! ```
#![warn(missing_docs)]

mod averaged;
mod file;
pub mod hash;
mod weights;

pub use averaged::{add_weights, folds, shuffle, shuffle_state, Averaged};
pub use file::{
    finish_with_checksum, read_table, verify_and_open, write_header, write_string, write_table, FieldReader, FileKind,
    FormatError, ModelFile,
};
pub use weights::Weights;
