//! Hashing of words and features without allocation.

const MULTIPLIER: u64 = 0x517c_c1b7_2722_0a95;

/// Combines a running hash with a value.
#[inline]
pub fn mix(hash: u64, value: u64) -> u64 {
    (hash.rotate_left(5) ^ value).wrapping_mul(MULTIPLIER)
}

/// Hash of a word's lowercase form.
// Inline, as `exact_hash`: taggers call both per token, from their own crates.
#[inline]
pub fn lowercase_hash(word: &str) -> u64 {
    let mut hash = 0x9e37_79b9_7f4a_7c15;
    for c in word.chars() {
        // Most letters are ASCII: lowercased in place, without the general mapping.
        if c.is_ascii() {
            hash = mix(hash, u64::from(c.to_ascii_lowercase()));
        } else {
            for lower in c.to_lowercase() {
                hash = mix(hash, lower as u64);
            }
        }
    }
    hash
}

/// Hash of a word exactly as written: its bytes and length.
#[inline]
pub fn exact_hash(word: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    std::hash::Hasher::write(&mut hasher, word.as_bytes());
    mix(std::hash::Hasher::finish(&hasher), word.len() as u64)
}

/// Hash of a byte string, eight bytes at a time (the last chunk zero-padded).
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    bytes.chunks(8).fold(0, |hash, chunk| {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        mix(hash, u64::from_le_bytes(word))
    })
}

/// Hash of a phrase of lowercase word hashes, as the gazetteer stores phrases.
pub fn phrase_hash(word_hashes: impl IntoIterator<Item = u64>) -> u64 {
    word_hashes.into_iter().fold(0x2545_f491_4f6c_dd1d, mix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_hash_ignores_case_only() {
        assert_eq!(lowercase_hash("Kyiv"), lowercase_hash("KYIV"));
        assert_ne!(lowercase_hash("Kyiv"), lowercase_hash("Kiev"));
        assert_eq!(lowercase_hash("ÖSTERREICH Kyiv"), lowercase_hash("österreich kyiv"));
        assert_ne!(phrase_hash([1, 2]), phrase_hash([2, 1]));
    }
}
