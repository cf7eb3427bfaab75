import * as assert from 'node:assert/strict';
import { duration, exportAllSummary, skipLine, type Skip } from '../../src/extension/commands/exportAllSummary';

const kept = (n: number): Skip[] => Array.from({ length: n }, (_, i) => ({ path: `k${i}.analysis.json`, reason: 'kept' }));
const other = (n: number): Skip[] => Array.from({ length: n }, (_, i) => ({ path: `n${i}.txt`, reason: 'not-article' }));
const base = { articles: 4, written: 4, skipped: [] as Skip[], failed: 0, notes: 0, cancelled: false };

describe('exportAllSummary counts the articles and names kept files apart from non-articles', () => {
  const rows: { name: string; counts: Partial<typeof base>; expect: string }[] = [
    { name: 'both kinds of skip', counts: { skipped: [...kept(2), ...other(3)] }, expect: 'Exported 4 articles into 4 files in 9 ms (2 kept as they were, 3 not articles)' },
    { name: 'one of each', counts: { articles: 1, written: 1, skipped: [...kept(1), ...other(1)] }, expect: 'Exported 1 article into 1 file in 9 ms (1 kept as it was, 1 not an article)' },
    { name: 'failures, notes and a cancel', counts: { articles: 0, written: 0, failed: 2, notes: 1, cancelled: true }, expect: 'Exported 0 articles in 9 ms (2 failed, 1 annotation note, cancelled)' },
    // negatives: no mention of skips or failures that did not happen, no mixing of the two
    { name: 'JSONL: many articles in one file', counts: { articles: 310, written: 1, skipped: other(1) }, expect: 'Exported 310 articles into 1 file in 9 ms (1 not an article)' },
    { name: 'nothing skipped, nothing failed', counts: {}, expect: 'Exported 4 articles into 4 files in 9 ms' },
    { name: 'only non-articles', counts: { skipped: other(5) }, expect: 'Exported 4 articles into 4 files in 9 ms (5 not articles)' },
  ];
  for (const row of rows) it(row.name, () => assert.equal(exportAllSummary({ ...base, ...row.counts }, 9.2), row.expect));
});

describe('duration', () => {
  const rows = [
    { ms: 9.24, expect: '9 ms' },
    { ms: 999.4, expect: '999 ms' },
    { ms: 8833.9, expect: '8.8 s' },
    { ms: 1000, expect: '1.0 s' },
  ];
  for (const row of rows) it(`says ${row.ms} ms as ${row.expect}`, () => assert.equal(duration(row.ms), row.expect));
});

describe('skipLine gives each skipped file its reason', () => {
  const rows: { skip: Skip; expect: RegExp }[] = [
    { skip: { path: 'a.analysis.json', reason: 'kept' }, expect: /^Kept a\.analysis\.json as it was: it already existed/ },
    { skip: { path: 'notes.txt', reason: 'not-article' }, expect: /^Skipped notes\.txt: not an article/ },
    { skip: { path: 'dated.txt', reason: 'plain-text' }, expect: /^Skipped dated\.txt: switched to Plain Text in the editor$/ },
  ];
  for (const row of rows) it(row.skip.reason, () => assert.match(skipLine(row.skip), row.expect));
});
