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

/** The columns every earlier version wrote, in their places: readers that take columns by position rely on them. */
const FIRST_NINE = ['article', 'id', 'text', 'speaker', 'type', 'status', 'figures', 'dates', 'checkWorthiness'];
/** The columns added after them, to trace a row back to the text. */
const APPENDED = ['start', 'end', 'attribution', 'speakerEntityId', 'speakerMentionStart', 'speakerMentionEnd'];

describe('toCsv', () => {
  const base = handAnalysis();
  it('writes a header and one row per claim that reads back', () => {
    const reviewed = applyAnnotations(base, [annotationOn(base.text, 'Output rose about 20% to 1.2 million rounds.', { kind: 'claim', itemId: 'c1', status: 'edited', fields: { claimType: 'factual' } })]).analysis;
    checkInvariants(reviewed);
    const rows = parseCsv(toCsv(reviewed, { source: 'news/a,b.txt' }));
    assert.deepEqual(rows[0], [...FIRST_NINE, ...APPENDED]);
    const c1 = reviewed.claims[0];
    assert.deepEqual(rows.slice(1), [['news/a,b.txt', 'c1', 'Output rose about 20% to 1.2 million rounds.', '', 'factual', 'edited', 'about 20%; 1.2 million rounds', '', '0.8', String(c1.start), String(c1.end), 'narrative', '', '', '']]);
  });

  it('writes only the header without claims', () => {
    assert.equal(toCsv({ ...base, claims: [] }), `${[...FIRST_NINE, ...APPENDED].join(',')}\r\n`);
  });

  it('leaves the header out for a later article of a stream', () => {
    assert.equal(toCsv({ ...base, claims: [] }, { header: false }), '');
    assert.ok(toCsv(base, { header: false }).startsWith(',c1,'));
  });
});

describe('toCsv: the columns that trace a row to the text', () => {
  const base = handAnalysis();
  const c1 = base.claims[0];
  const name = base.quotes[0].speaker!.mention;
  const he = base.quotes[1].speaker!.mention;
  type Claim = (typeof base.claims)[number];
  const rows: { name: string; claim: Claim; expect: string[] }[] = [
    {
      name: 'an indirect claim credited to a named entity',
      claim: { ...c1, attribution: 'indirect', speaker: { entityId: 'e1', name: 'Jens Stoltenberg', mention: name } },
      expect: [String(c1.start), String(c1.end), 'indirect', 'e1', String(name.start), String(name.end)],
    },
    {
      name: 'a direct claim credited by a pronoun',
      claim: { ...c1, attribution: 'direct', speaker: { entityId: 'e1', name: 'Jens Stoltenberg', mention: he } },
      expect: [String(c1.start), String(c1.end), 'direct', 'e1', String(he.start), String(he.end)],
    },
    {
      name: 'a speaker no entity holds, named in the text',
      claim: { ...c1, attribution: 'indirect', speaker: { entityId: null, name: 'NATO', mention: { start: name.start - 23, end: name.start - 19, text: 'NATO' } } },
      expect: [String(c1.start), String(c1.end), 'indirect', '', String(name.start - 23), String(name.start - 19)],
    },
    // negative rows: no speaker, or a speaker set by hand with no words in the text, leaves the cells empty
    { name: 'a narrative claim (negative)', claim: c1, expect: [String(c1.start), String(c1.end), 'narrative', '', '', ''] },
    {
      name: 'a speaker without a mention (negative)',
      claim: { ...c1, attribution: 'indirect', speaker: { entityId: 'e1', name: 'Jens Stoltenberg' } },
      expect: [String(c1.start), String(c1.end), 'indirect', 'e1', '', ''],
    },
  ];
  for (const row of rows) {
    it(`writes ${row.name}`, () => {
      const analysis = { ...base, claims: [row.claim] };
      checkInvariants(analysis);
      const [header, line] = parseCsv(toCsv(analysis));
      assert.deepEqual(header.slice(0, FIRST_NINE.length), FIRST_NINE);
      assert.deepEqual(line.slice(FIRST_NINE.length), row.expect);
      assert.equal(line[3], row.claim.speaker?.name ?? '');
    });
  }

  it('keeps a mention\'s offsets on the text it names', () => {
    const analysis = { ...base, claims: [rows[0].claim] };
    const line = parseCsv(toCsv(analysis))[1];
    const at = FIRST_NINE.length + 4;
    assert.equal(base.text.slice(Number(line[at]), Number(line[at + 1])), 'Jens Stoltenberg');
    assert.equal(base.text.slice(Number(line[FIRST_NINE.length]), Number(line[FIRST_NINE.length + 1])), c1.text);
  });
});
