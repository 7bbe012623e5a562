// The API's spans are UTF-8 byte offsets (docs/contract.md); JavaScript strings index
// UTF-16 code units. One walk over the text maps every byte offset to its string index.

/**
 * A table from byte offset (0..=byte length) to UTF-16 index; offsets inside a
 * character map to that character's start, so a bad span still cuts on a character.
 */
export function byteToIndexTable(text) {
  let bytes = 0;
  for (const char of text) bytes += utf8Length(char.codePointAt(0));
  const table = new Uint32Array(bytes + 1);
  let byte = 0;
  let index = 0;
  for (const char of text) {
    const length = utf8Length(char.codePointAt(0));
    table.fill(index, byte, byte + length);
    byte += length;
    index += char.length;
  }
  table[bytes] = index;
  return table;
}

function utf8Length(codePoint) {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** The string index of a byte offset, clamped to the text. */
export function indexOf(table, byte) {
  return table[Math.max(0, Math.min(byte, table.length - 1))];
}
