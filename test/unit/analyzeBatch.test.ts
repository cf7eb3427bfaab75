import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeBatch } from '../../src/core';
import { checkInvariants } from './invariants';

const ROOT = join(__dirname, '..', '..');
const articles = ['samples', 'test/fixtures', 'test/fixtures/bench'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(ROOT, dir, name), 'utf8')),
);

describe('analyzeBatch', () => {
  const rows: { name: string; texts: string[]; referenceDate?: string }[] = [
    { name: 'the project articles, in order', texts: articles },
    { name: 'the same articles reversed, so no stage reads another text’s leftovers', texts: [...articles].reverse() },
    { name: 'odd inputs among articles: empty, unclosed quote, CRLF, BOM, NUL', texts: ['', articles[0], '"Never closed, she said', 'date 2024-01-02 T\r\n\r\n"Yes," he said.', '\uFEFFdate 2024-13-40 Bad', 'a\u0000b', articles[1]] },
    { name: 'a reference date applies to every text', texts: ['He left on Monday.', 'They meet next month.'], referenceDate: '2024-05-15' },
    { name: 'no texts', texts: [] },
  ];
  for (const row of rows) {
    it(`gives what analyze gives one by one: ${row.name}`, () => {
      const options = row.referenceDate ? { referenceDate: row.referenceDate } : {};
      const batch = analyzeBatch(row.texts, options);
      assert.equal(batch.length, row.texts.length);
      batch.forEach((analysis, i) => {
        checkInvariants(analysis);
        assert.deepEqual(analysis, analyze(row.texts[i], options));
      });
    });
  }
  it('is not the same as analysing another text: a negative row', () => {
    const [a] = analyzeBatch([articles[0]]);
    assert.notDeepEqual(a, analyze(articles[1]));
  });
});
