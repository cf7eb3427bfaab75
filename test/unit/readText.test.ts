import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from '../../src/core/decode';
import { readText } from '../../src/cli/readInput';

/** Bytes where a lenient decoder and the strict one could part ways. */
const ROWS: { name: string; bytes: number[] | string }[] = [
  { name: 'ASCII', bytes: 'date 2023-02-13 A' },
  { name: 'curly quotes and an emoji', bytes: '“Yes,” she said 😀.' },
  { name: 'an empty file', bytes: [] },
  { name: 'a BOM alone', bytes: [0xef, 0xbb, 0xbf] },
  { name: 'a BOM, then text', bytes: [0xef, 0xbb, 0xbf, 0x61] },
  { name: 'two BOMs (the second is text)', bytes: [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61] },
  { name: 'a BOM, then a bad byte', bytes: [0xef, 0xbb, 0xbf, 0xff] },
  { name: 'a real U+FFFD in the text', bytes: 'a \ufffd b' },
  { name: 'a NUL byte', bytes: [0x61, 0x00, 0x62] },
  { name: 'UTF-16 LE with BOM', bytes: [0xff, 0xfe, 0x61, 0x00] },
  { name: 'UTF-16 BE with BOM', bytes: [0xfe, 0xff, 0x00, 0x61] },
  { name: 'a Latin-1 é', bytes: [0x63, 0x61, 0x66, 0xe9] },
  { name: 'a lone continuation byte', bytes: [0x80] },
  { name: 'a character cut at the end', bytes: [0x61, 0xe2, 0x80] },
  { name: 'an encoded surrogate', bytes: [0x61, 0xed, 0xa0, 0x80, 0x62] },
  { name: 'a surrogate pair encoded as two (CESU-8)', bytes: [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80] },
  { name: 'an overlong slash', bytes: [0xc0, 0xaf] },
  { name: 'an overlong three-byte NUL', bytes: [0xe0, 0x80, 0x80] },
  { name: 'a code point above U+10FFFF', bytes: [0xf4, 0x90, 0x80, 0x80] },
  { name: 'F5 and FF lead bytes', bytes: [0xf5, 0x80, 0xff] },
  { name: 'the noncharacter U+FFFE, which is valid', bytes: [0xef, 0xbf, 0xbe] },
  { name: 'U+2028 and U+2029', bytes: 'a\u2028b\u2029c' },
  { name: 'CRLF', bytes: 'a\r\nb\r\n' },
];

describe('readText', () => {
  let dir = '';
  before(() => (dir = mkdtempSync(join(tmpdir(), 'policy-lens-read-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const check = (bytes: Uint8Array, name: string) => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, bytes);
    assert.deepEqual(readText(path), decode(bytes), name);
  };

  for (const row of ROWS) {
    it(`reads ${row.name} as decode does`, () => {
      check(typeof row.bytes === 'string' ? Buffer.from(row.bytes, 'utf8') : Uint8Array.from(row.bytes), row.name);
    });
  }

  it('reads 300 byte strings mixing good and bad sequences as decode does', () => {
    const pieces = [[0x61], [0x0a], [0xc3, 0xa9], [0xe2, 0x80, 0x9c], [0xf0, 0x9f, 0x98, 0x80], [0x80], [0xc3], [0xe2, 0x80], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf], [0xef, 0xbf, 0xbd], [0xff], [0x00]];
    let seed = 20261127;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let i = 0; i < 300; i++) {
      const bytes = Uint8Array.from(Array.from({ length: 1 + (i % 9) }, next).flatMap((p) => pieces[p]));
      check(bytes, Buffer.from(bytes).toString('hex'));
    }
  });

  it('throws as reading does for a missing file', () => {
    assert.throws(() => readText(join(dir, 'missing.txt')), { code: 'ENOENT' });
  });
});
