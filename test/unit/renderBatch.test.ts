import * as assert from 'node:assert/strict';
import { outputRenderer } from '../../src/cli/annotations';
import { renderBatch, type BatchSettings } from '../../src/cli/renderBatch';
import { analyzeBatch } from '../../src/core';

/** Articles in text written for this test: non-ASCII, a lone surrogate, no claims at all, an empty one. */
const TEXTS = [
  'date 2023-03-01 Council backs “plan” 😀\n\n"We will act," the mayor said on Wednesday. Costs rose 12% to €4 million.\n',
  'The report \ud800 "is late", officials said.\n',
  'date 2024-06-10 Quiet day\n\nNothing happened.\n',
  '',
];
const PATHS = ['news/a.txt', 'news/é.txt', null, 'news/empty.txt'];

describe('renderBatch', () => {
  for (const format of ['json', 'jsonl', 'csv', 'w3c', 'brat'] as const) {
    for (const startsStream of [true, false]) {
      it(`encodes each ${format} article as the in-process renderer writes it (${startsStream ? 'stream start' : 'later batch'})`, () => {
        const settings: BatchSettings = { analyze: {}, output: { format, annotations: false, includeRejected: false, toFiles: false, generatorVersion: '0.0.0' } };
        const rendered = renderBatch({ texts: TEXTS, paths: PATHS, startsStream }, settings);
        const render = outputRenderer(settings.output, startsStream);
        const expected = analyzeBatch(TEXTS, {}).map((a, i) => Buffer.from([...render(a, PATHS[i]).chunks].join(''), 'utf8'));
        assert.equal(rendered.lengths.length, TEXTS.length);
        assert.equal(rendered.bytes.length, rendered.lengths.reduce((a, b) => a + b, 0));
        let at = 0;
        for (let i = 0; i < TEXTS.length; i++) {
          assert.deepEqual(Buffer.from(rendered.bytes.subarray(at, (at += rendered.lengths[i]))), expected[i], `article ${i}`);
        }
        assert.equal(rendered.bytes.byteLength, rendered.bytes.buffer.byteLength, 'a buffer of its own, to hand over');
      });
    }
  }
});
