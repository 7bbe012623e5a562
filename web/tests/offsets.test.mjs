// node --test: byte offsets of non-ASCII text map to the right string indices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byteToIndexTable, indexOf } from '../src/offsets.js';

function byteSpan(text, part) {
  const bytes = new TextEncoder().encode(text);
  const needle = new TextEncoder().encode(part);
  for (let start = 0; start + needle.length <= bytes.length; start++) {
    if (needle.every((b, i) => bytes[start + i] === b)) return [start, start + needle.length];
  }
  throw new Error(`${part} not in ${text}`);
}

test('spans after 2-, 3- and 4-byte characters cut the same words', () => {
  const text = 'Zürich — “Peace now,” said Ólafur 😀 in Kyiv (Київ).';
  const table = byteToIndexTable(text);
  for (const part of ['Zürich', '“Peace now,”', 'Ólafur', '😀', 'Kyiv', 'Київ', '.']) {
    const [start, end] = byteSpan(text, part);
    assert.equal(text.slice(indexOf(table, start), indexOf(table, end)), part);
  }
});

test('the end of the text and offsets past it map to its length', () => {
  const text = 'né';
  const table = byteToIndexTable(text);
  assert.equal(indexOf(table, 3), 2);
  assert.equal(indexOf(table, 99), 2);
});

test('an offset inside a character maps to the character start', () => {
  const table = byteToIndexTable('a😀b');
  assert.deepEqual([1, 2, 3, 4].map((b) => indexOf(table, b)), [1, 1, 1, 1]);
  assert.equal(indexOf(table, 5), 3);
});
