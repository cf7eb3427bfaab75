import * as assert from 'node:assert/strict';
import { applyAnnotations } from '../../src/core/annotations/applyAnnotations';
import { csvField, toCsv } from '../../src/core/export/toCsv';
import { handAnalysis } from './handAnalysis';
import { annotationOn } from './annotations/annotationFixtures';
import { checkInvariants } from './invariants';

/** An RFC 4180 parser, small and strict, to read the output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const re = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/gy;
  let row: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    row.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
    if (m[2] === '\r\n') [rows[rows.length], row] = [row, []];
  }
  assert.equal(re.lastIndex === 0 ? text.length : re.lastIndex, text.length, 'unparsed rest');
  return rows;
}

describe('csvField', () => {
  const rows = [
    { text: 'plain', expect: 'plain' },
    { text: 'a, b', expect: '"a, b"' },
    { text: 'say "no"', expect: '"say ""no"""' },
    { text: 'two\nlines', expect: '"two\nlines"' },
    { text: '', expect: '' },
  ];
  for (const row of rows) it(`quotes ${JSON.stringify(row.text)}`, () => assert.equal(csvField(row.text), row.expect));
});

describe('toCsv', () => {
  const base = handAnalysis();
  it('writes a header and one row per claim that reads back', () => {
    const reviewed = applyAnnotations(base, [annotationOn(base.text, 'Output rose about 20% to 1.2 million rounds.', { kind: 'claim', itemId: 'c1', status: 'edited', fields: { claimType: 'factual' } })]).analysis;
    checkInvariants(reviewed);
    const rows = parseCsv(toCsv(reviewed, { source: 'news/a,b.txt' }));
    assert.deepEqual(rows[0], ['article', 'id', 'text', 'speaker', 'type', 'status', 'figures', 'dates', 'checkWorthiness']);
    assert.deepEqual(rows.slice(1), [['news/a,b.txt', 'c1', 'Output rose about 20% to 1.2 million rounds.', '', 'factual', 'edited', 'about 20%; 1.2 million rounds', '', '0.8']]);
  });

  it('writes only the header without claims', () => {
    assert.equal(toCsv({ ...base, claims: [] }), 'article,id,text,speaker,type,status,figures,dates,checkWorthiness\r\n');
  });

  it('leaves the header out for a later article of a stream', () => {
    assert.equal(toCsv({ ...base, claims: [] }, { header: false }), '');
    assert.ok(toCsv(base, { header: false }).startsWith(',c1,'));
  });
});
