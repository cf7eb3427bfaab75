import * as assert from 'node:assert/strict';
import { decode } from '../../src/core/decode';

describe('decode', () => {
  const rows: { name: string; bytes: number[] | string; text?: string; error?: RegExp }[] = [
    { name: 'ASCII', bytes: 'date 2023-02-13 A', text: 'date 2023-02-13 A' },
    { name: 'UTF-8 curly quotes', bytes: '“Yes,” she said.', text: '“Yes,” she said.' },
    { name: 'a BOM, which is dropped', bytes: [0xef, 0xbb, 0xbf, 0x61], text: 'a' },
    { name: 'an empty file', bytes: [], text: '' },
    { name: 'CRLF kept as is', bytes: 'a\r\nb', text: 'a\r\nb' },
    { name: 'a NUL byte', bytes: [0x61, 0x00, 0x62], error: /binary \(a NUL byte at offset 1\)/ },
    // the editor opens UTF-16 by its mark, so the CLI and Export All read the same text
    { name: 'UTF-16 LE with BOM', bytes: [0xff, 0xfe, 0x61, 0x00, 0x1c, 0x20, 0x3d, 0xd8, 0x00, 0xde], text: 'a\u201c\u{1F600}' },
    { name: 'UTF-16 BE with BOM', bytes: [0xfe, 0xff, 0x00, 0x61, 0x00, 0x0d, 0x00, 0x0a], text: 'a\r\n' },
    { name: 'UTF-16 LE, a BOM alone', bytes: [0xff, 0xfe], text: '' },
    { name: 'UTF-16 LE cut mid-unit', bytes: [0xff, 0xfe, 0x61, 0x00, 0x62], error: /not valid UTF-16/ },
    { name: 'UTF-16 LE with a lone surrogate', bytes: [0xff, 0xfe, 0x61, 0x00, 0x3d, 0xd8], error: /not valid UTF-16/ },
    { name: 'UTF-16 LE holding NUL', bytes: [0xff, 0xfe, 0x61, 0x00, 0x00, 0x00], error: /binary \(a NUL character at offset 1\)/ },
    { name: 'UTF-16 without a BOM', bytes: [0x61, 0x00, 0x62, 0x00], error: /binary \(a NUL byte at offset 1\)/ },
    { name: 'a Latin-1 é', bytes: [0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72], error: /not valid UTF-8 \(near byte 4\)/ },
    { name: 'a lone continuation byte', bytes: [0x80], error: /not valid UTF-8 \(near byte 0\)/ },
    { name: 'a character cut at the end', bytes: [0x61, 0x62, 0xe2, 0x80], error: /not valid UTF-8 \(near byte 3\)/ },
  ];
  for (const row of rows) {
    it(`decodes ${row.name}`, () => {
      const bytes = typeof row.bytes === 'string' ? Buffer.from(row.bytes, 'utf8') : Uint8Array.from(row.bytes);
      const result = decode(bytes);
      if (row.error) assert.match('error' in result ? result.error : `decoded to ${JSON.stringify(result)}`, row.error);
      else assert.deepEqual(result, { text: row.text });
    });
  }
});
