//! The model file: a header, the model's fields, a checksum.
//!
//! Layout (little-endian): magic (five bytes, `DLNER` for the entity tagger) and format
//! version (three ASCII digits), the hash of the feature schema the model was trained
//! with `u64` ([`write_header`]); then the model's fields in the order its kind writes
//! them: strings as their length `u32` and UTF-8 text ([`write_string`]), tables of
//! weights as their feature count `u32` and scale `f32`, then per feature its hash
//! `u64` and `N` weights as `i16` (weight × scale), sorted by hash ([`write_table`]);
//! last, a `u64` checksum of everything before it, which is also the model's identity
//! ([`finish_with_checksum`]). A one-table model ([`ModelFile`]) has two fields: its
//! training recipe and its table.

use crate::hash::hash_bytes;
use crate::Weights;
use std::path::Path;

/// What a kind of model file is: what its header holds and what its errors say.
#[derive(Clone, Copy, Debug)]
pub struct FileKind {
    /// The first five bytes.
    pub magic: &'static [u8; 5],
    /// The format version, three ASCII digits.
    pub version: &'static [u8; 3],
    /// What a file of this kind is, in words ("dateline NER model").
    pub what: &'static str,
    /// The command that rebuilds the file.
    pub rebuild: &'static str,
}

/// Why a model (or another file compiled into dateline) cannot be used: the file, the
/// reason and the command that rebuilds it.
#[derive(Debug, thiserror::Error)]
#[error("{what}: {reason}; rebuild it with `{rebuild}`")]
pub struct FormatError {
    /// Which file.
    pub what: String,
    /// What is wrong.
    pub reason: String,
    /// The command that rebuilds it.
    pub rebuild: &'static str,
}

/// Bytes of a table's record: a feature's hash and its weights.
const fn record_bytes(n: usize) -> usize {
    8 + 2 * n
}

/// Starts a file of `kind` for the feature schema `schema`: magic, version, schema hash.
pub fn write_header(bytes: &mut Vec<u8>, kind: &FileKind, schema: u64) {
    bytes.extend_from_slice(kind.magic);
    bytes.extend_from_slice(kind.version);
    bytes.extend_from_slice(&schema.to_le_bytes());
}

/// Writes a string field: its length and its text.
pub fn write_string(bytes: &mut Vec<u8>, text: &str) {
    bytes.extend_from_slice(&(text.len() as u32).to_le_bytes());
    bytes.extend_from_slice(text.as_bytes());
}

/// Writes a table of weights: feature count, scale, and the features sorted by hash.
pub fn write_table<const N: usize>(bytes: &mut Vec<u8>, weights: &Weights<N>) {
    let mut kept: Vec<(u64, [i16; N])> = weights.iter().collect();
    kept.sort_unstable_by_key(|(key, _)| *key);
    bytes.reserve(8 + kept.len() * record_bytes(N));
    bytes.extend_from_slice(&(kept.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&weights.scale.to_le_bytes());
    for (key, quantized) in kept {
        bytes.extend_from_slice(&key.to_le_bytes());
        for q in quantized {
            bytes.extend_from_slice(&q.to_le_bytes());
        }
    }
}

/// Ends a file: appends the checksum of all its bytes, and returns it (the identity).
pub fn finish_with_checksum(bytes: &mut Vec<u8>) -> u64 {
    let checksum = hash_bytes(bytes);
    bytes.extend_from_slice(&checksum.to_le_bytes());
    checksum
}

/// Reads a checked file's fields in order; an error names the file and its rebuild
/// command.
pub struct FieldReader<'a> {
    rest: &'a [u8],
    path: &'a Path,
    kind: &'a FileKind,
    id: u64,
}

impl<'a> FieldReader<'a> {
    /// The file's checksum: the model's identity.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// An error about this file.
    pub fn error(&self, reason: impl Into<String>) -> FormatError {
        FormatError { what: self.path.display().to_string(), reason: reason.into(), rebuild: self.kind.rebuild }
    }

    fn truncated(&self) -> FormatError {
        self.error("truncated or oversized file")
    }

    /// The next `B` bytes.
    pub fn take<const B: usize>(&mut self) -> Result<[u8; B], FormatError> {
        let (field, rest) = self.rest.split_first_chunk::<B>().ok_or_else(|| self.truncated())?;
        self.rest = rest;
        Ok(*field)
    }

    fn take_slice(&mut self, len: usize) -> Result<&'a [u8], FormatError> {
        let (field, rest) = self.rest.split_at_checked(len).ok_or_else(|| self.truncated())?;
        self.rest = rest;
        Ok(field)
    }

    /// The next string field (written by [`write_string`]); `what` names it in errors.
    pub fn string(&mut self, what: &str) -> Result<String, FormatError> {
        let len = u32::from_le_bytes(self.take()?) as usize;
        let text = self.take_slice(len)?;
        String::from_utf8(text.to_vec()).map_err(|_| self.error(format!("{what} is not UTF-8")))
    }

    /// Checks that every byte was read.
    pub fn finish(&self) -> Result<(), FormatError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(self.truncated())
        }
    }
}

/// Reads the next table of weights (written by [`write_table`]).
pub fn read_table<const N: usize>(fields: &mut FieldReader) -> Result<Weights<N>, FormatError> {
    let count = u32::from_le_bytes(fields.take()?) as usize;
    let scale = f32::from_le_bytes(fields.take()?);
    let records = fields.take_slice(count * record_bytes(N))?;
    let mut table = Vec::with_capacity(count);
    for record in records.chunks_exact(record_bytes(N)) {
        let (key, values) = record.split_at(8);
        let mut quantized = [0i16; N];
        for (weight, value) in quantized.iter_mut().zip(values.chunks_exact(2)) {
            *weight = i16::from_le_bytes([value[0], value[1]]);
        }
        table.push((u64::from_le_bytes(key.try_into().unwrap_or_default()), quantized));
    }
    Ok(Weights::from_table(table.into_iter(), scale))
}

/// Checks a file of `kind` read from `path` (named in errors): its magic, its format
/// version, its checksum, and that it was trained with the feature schema `schema`
/// (else the error says the schema changed, and `schema_covers` what it covers, in
/// words). Returns the reader of the fields after the header.
pub fn verify_and_open<'a>(
    bytes: &'a [u8],
    path: &'a Path,
    kind: &'a FileKind,
    schema: u64,
    schema_covers: &dyn Fn() -> String,
) -> Result<FieldReader<'a>, FormatError> {
    let mut fields = FieldReader { rest: &[], path, kind, id: 0 };
    let (body, stored_checksum) = bytes
        .split_last_chunk::<8>()
        .filter(|(body, _)| body.starts_with(kind.magic))
        .ok_or_else(|| fields.error(format!("not a {}", kind.what)))?;
    fields.rest = &body[kind.magic.len()..];
    let version = fields.take::<3>().unwrap_or_default();
    if &version != kind.version {
        return Err(fields.error(format!(
            "format version {}, this build reads {}",
            String::from_utf8_lossy(&version),
            String::from_utf8_lossy(kind.version)
        )));
    }
    fields.id = u64::from_le_bytes(*stored_checksum);
    if hash_bytes(body) != fields.id {
        return Err(fields.error("checksum mismatch"));
    }
    let stored_schema = u64::from_le_bytes(fields.take()?);
    if stored_schema != schema {
        return Err(fields.error(format!(
            "trained with feature schema {stored_schema:016x}, this build's is {schema:016x}: {} changed since",
            schema_covers()
        )));
    }
    Ok(fields)
}

/// A file of one table of weights for `N` classes and its training recipe.
#[derive(Clone)]
pub struct ModelFile<const N: usize> {
    weights: Weights<N>,
    recipe: String,
    /// The checksum of its file.
    id: u64,
}

impl<const N: usize> ModelFile<N> {
    /// A model file of `kind` for the feature schema `schema`; computes its identity.
    pub fn new(weights: Weights<N>, recipe: String, kind: &FileKind, schema: u64) -> Self {
        let mut file = ModelFile { weights, recipe, id: 0 };
        file.id = finish_with_checksum(&mut file.body(kind, schema));
        file
    }

    /// The bytes of its file before the checksum.
    fn body(&self, kind: &FileKind, schema: u64) -> Vec<u8> {
        let mut bytes = Vec::new();
        write_header(&mut bytes, kind, schema);
        write_string(&mut bytes, &self.recipe);
        write_table(&mut bytes, &self.weights);
        bytes
    }

    /// Its weights.
    pub fn weights(&self) -> &Weights<N> {
        &self.weights
    }

    /// How it was trained.
    pub fn recipe(&self) -> &str {
        &self.recipe
    }

    /// Its identity: the checksum of its file.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Its file.
    pub fn to_bytes(&self, kind: &FileKind, schema: u64) -> Vec<u8> {
        let mut bytes = self.body(kind, schema);
        finish_with_checksum(&mut bytes);
        bytes
    }

    /// Reads a file written by [`ModelFile::to_bytes`], checked by [`verify_and_open`].
    pub fn from_bytes(
        bytes: &[u8],
        path: &Path,
        kind: &FileKind,
        schema: u64,
        schema_covers: &dyn Fn() -> String,
    ) -> Result<Self, FormatError> {
        let mut fields = verify_and_open(bytes, path, kind, schema, schema_covers)?;
        let recipe = fields.string("recipe")?;
        let weights = read_table(&mut fields)?;
        fields.finish()?;
        Ok(ModelFile { weights, recipe, id: fields.id() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIND: FileKind =
        FileKind { magic: b"DLTST", version: b"002", what: "dateline test model", rebuild: "dateline train test" };
    const SCHEMA: u64 = 0x1234;

    fn weights<const N: usize>(features: &[(u64, [f32; N])]) -> Weights<N> {
        Weights::quantize(features.iter().copied().collect(), 64)
    }

    fn open(bytes: &[u8]) -> Result<ModelFile<3>, FormatError> {
        ModelFile::from_bytes(bytes, Path::new("models/test.bin"), &KIND, SCHEMA, &|| "the templates".into())
    }

    fn load_error(bytes: &[u8]) -> String {
        open(bytes).err().expect("refused").to_string()
    }

    /// Sets the bytes at `at` and fixes the checksum, as a file of another build would be.
    fn rewritten(bytes: &[u8], at: usize, new: &[u8]) -> Vec<u8> {
        let mut body = bytes[..bytes.len() - 8].to_vec();
        body[at..at + new.len()].copy_from_slice(new);
        finish_with_checksum(&mut body);
        body
    }

    #[test]
    fn model_files_round_trip_and_bad_files_are_refused_with_the_rebuild_command() {
        let built = ModelFile::new(weights(&[(7, [1.0, -0.5, 2.0]), (9, [0.0; 3])]), "epochs=1".into(), &KIND, SCHEMA);
        let bytes = built.to_bytes(&KIND, SCHEMA);
        let file = open(&bytes).unwrap();
        assert_eq!((file.weights().len(), file.recipe(), file.id()), (1, "epochs=1", built.id()));
        assert_eq!(file.to_bytes(&KIND, SCHEMA), bytes, "a loaded file writes the same bytes");
        assert_eq!(&bytes[bytes.len() - 8..], built.id().to_le_bytes(), "the identity is the checksum");

        let mut corrupt = bytes.clone();
        corrupt[20] ^= 1;
        assert_eq!(load_error(&corrupt), "models/test.bin: checksum mismatch; rebuild it with `dateline train test`");
        assert!(load_error(b"garbage").starts_with("models/test.bin: not a dateline test model;"));
        assert!(load_error(&rewritten(&bytes, 0, b"DLNER")).contains("not a dateline test model"));
        assert!(load_error(&rewritten(&bytes, 5, b"001")).contains("format version 001, this build reads 002"));
        assert_eq!(
            load_error(&rewritten(&bytes, 8, &(SCHEMA ^ 1).to_le_bytes())),
            "models/test.bin: trained with feature schema 0000000000001235, this build's is 0000000000001234: \
             the templates changed since; rebuild it with `dateline train test`"
        );
        let count_at = 8 + 8 + 4 + "epochs=1".len();
        for count in [0u32, 2] {
            let error = load_error(&rewritten(&bytes, count_at, &count.to_le_bytes()));
            assert!(error.contains("truncated or oversized file"), "{error}");
        }
        assert!(load_error(&rewritten(&bytes, 20, &[0xff])).contains("recipe is not UTF-8"));
    }

    #[test]
    fn two_tables_share_one_file() {
        let moves = weights(&[(1, [1.0, 0.0, -1.0])]);
        let labels = weights(&[(2, [0.0, 3.0, 0.0, 0.0, 1.0]), (3, [1.0; 5])]);
        let mut bytes = Vec::new();
        write_header(&mut bytes, &KIND, SCHEMA);
        write_table(&mut bytes, &moves);
        write_table(&mut bytes, &labels);
        let id = finish_with_checksum(&mut bytes);

        let mut fields = verify_and_open(&bytes, Path::new("parser.bin"), &KIND, SCHEMA, &String::new).unwrap();
        let read_moves: Weights<3> = read_table(&mut fields).unwrap();
        let read_labels: Weights<5> = read_table(&mut fields).unwrap();
        fields.finish().unwrap();
        assert_eq!(fields.id(), id);
        assert_eq!((read_moves.len(), read_labels.len()), (1, 2));
        assert_eq!(read_moves.sums(&[1]), moves.sums(&[1]));
        assert_eq!(read_labels.sums(&[2, 3]), labels.sums(&[2, 3]));
        let mut written = Vec::new();
        write_header(&mut written, &KIND, SCHEMA);
        write_table(&mut written, &read_moves);
        write_table(&mut written, &read_labels);
        finish_with_checksum(&mut written);
        assert_eq!(written, bytes);

        // One table too few is an error, not a misread.
        let mut fields = verify_and_open(&bytes, Path::new("parser.bin"), &KIND, SCHEMA, &String::new).unwrap();
        read_table::<3>(&mut fields).unwrap();
        assert!(fields.finish().unwrap_err().to_string().contains("truncated or oversized file"));
    }
}
