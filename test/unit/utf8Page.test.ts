import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { stdoutSink } from '../../src/cli/stdoutSink';
import { Utf8Page } from '../../src/cli/utf8Page';

/** Chunks whose bytes a writer could get wrong: multi-byte, surrogate pairs and lone halves, exact page sizes. */
const ROWS: { name: string; chunks: (string | Uint8Array)[] }[] = [
  { name: 'nothing', chunks: [] },
  { name: 'ASCII pieces', chunks: ['{', '"a"', ':1', '}'] },
  { name: 'two- and three-byte characters', chunks: ['é', '“curly”', '\u2028', '€'.repeat(30)] },
  { name: 'surrogate pairs and lone halves', chunks: ['😀', '\ud800', 'x\udc00', '😀'.repeat(20)] },
  { name: 'a chunk larger than a page', chunks: ['a', 'é'.repeat(50), 'b'] },
  { name: 'bytes among strings', chunks: ['a', Buffer.from('“b”'), new Uint8Array(40).fill(0x63), 'd'] },
  { name: 'empty chunks', chunks: ['', new Uint8Array(0), 'x', ''] },
];

const joined = (chunks: (string | Uint8Array)[]) => Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));

describe('Utf8Page', () => {
  for (const row of ROWS) {
    for (const reuse of [true, false]) {
      it(`encodes ${row.name} as Buffer.from does (${reuse ? 'reused' : 'fresh'} pages of 32 bytes)`, () => {
        const page = new Utf8Page(32, reuse);
        const out: Buffer[] = [];
        // copies: a reused page's bytes are overwritten by the next chunks
        for (const chunk of row.chunks) page.push(chunk, (bytes) => out.push(Buffer.from(bytes)));
        out.push(Buffer.from(page.take()));
        assert.ok(out.every((b) => b.length <= 32 || row.chunks.some((c) => c.length * 3 > 32)));
        assert.deepEqual(Buffer.concat(out), joined(row.chunks));
      });
    }
  }

  it('refuses a chunk that might not fit, never cutting a character', () => {
    const page = new Utf8Page(8, false);
    assert.equal(page.add('ab'), true);
    assert.equal(page.add('é'), true);
    assert.equal(page.add('é'), true);
    assert.equal(page.add('é'), false, '6 bytes used, and é might take 3');
    assert.deepEqual(page.take(), Buffer.from('abéé'));
  });

  it('keeps the bytes it handed out when pages are not reused', () => {
    const page = new Utf8Page(8, false);
    page.add('ab');
    const first = page.take();
    page.add('cd');
    assert.equal(first.toString(), 'ab');
  });
});

describe('stdoutSink', () => {
  for (const row of ROWS) {
    it(`passes on ${row.name} byte for byte`, async () => {
      const stream = new PassThrough();
      const got: Buffer[] = [];
      stream.on('data', (d: Buffer) => got.push(d));
      const sink = stdoutSink(stream);
      for (const chunk of row.chunks) await sink.write(chunk);
      await sink.flush();
      assert.deepEqual(Buffer.concat(got), joined(row.chunks));
    });
  }

  it('waits for the reader when the stream is full, and writes in order', async () => {
    const stream = new PassThrough({ highWaterMark: 1024 });
    const sink = stdoutSink(stream);
    const chunk = 'x'.repeat(100_000);
    const writes = [sink.write(chunk), sink.write('é'), sink.write(chunk)];
    assert.ok(writes.some((w) => w instanceof Promise), 'a write that filled the stream returns a promise');
    const got: Buffer[] = [];
    stream.on('data', (d: Buffer) => got.push(d));
    await Promise.all(writes);
    await sink.flush();
    assert.equal(Buffer.concat(got).toString('utf8'), chunk + 'é' + chunk);
  });
});
