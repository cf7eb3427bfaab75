import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { toJson } from '../../src/core/export/toJson';
import { checkInvariants } from './invariants';
import { handAnalysis } from './handAnalysis';
import { exportErrors } from './validateExport';

const context = { path: 'articles/sample.txt', generatorVersion: '0.0.0-test' };
const ARTICLE =
  'date 2023-02-13 Ministers meet on energy prices\n\n' +
  'Energy Minister Ana Ruiz said on Tuesday that prices "will fall by 15% before winter".\n\n' +
  '"We have done our part," she told reporters. "Now the suppliers must do theirs."\n';

describe('schema: real analyses validate', () => {
  const rows = [
    { name: 'a dated article', text: ARTICLE },
    { name: 'an empty file', text: '' },
    { name: 'no dateline', text: 'Officials said the plan "works", though critics disagree.' },
    { name: 'CRLF line ends', text: ARTICLE.replace(/\n/g, '\r\n') },
    { name: 'a byte order mark', text: '\uFEFF' + ARTICLE },
    { name: 'an invalid date', text: 'date 2023-02-30 Leap day\nBody text.' },
    { name: 'only a dateline', text: 'date 2024-01-01' },
    { name: 'control characters and lone surrogates', text: '\u0001\u0002 "\uD800 odd \uDFFF" \u0000 \u202E\n\n\t\t' },
    { name: 'unbalanced quote marks', text: '"“‘ said he ’”" " " "\n"unclosed at the end' },
    { name: 'digits and punctuation only', text: '12,345.67 % $ € -- ... ??? !!! 2023-13-45 31/02/2023' },
    { name: 'one very long line', text: 'word "said" '.repeat(2000) },
  ];
  for (const row of rows) {
    it(`validates the export of ${row.name}`, () => {
      const analysis = analyze(row.text);
      checkInvariants(analysis);
      const doc = JSON.parse(JSON.stringify(toJson(analysis, context)));
      assert.deepEqual(exportErrors(doc), []);
    });
  }

  const benchDir = join(__dirname, '..', 'fixtures', 'bench');
  for (const name of readdirSync(benchDir).filter((n) => n.endsWith('.txt')).sort()) {
    it(`validates the export of the article ${name}`, () => {
      const analysis = analyze(readFileSync(join(benchDir, name), 'utf8'));
      checkInvariants(analysis);
      assert.deepEqual(exportErrors(JSON.parse(JSON.stringify(toJson(analysis, context)))), []);
    });
  }

  it('validates an analysis with every kind of item filled in', () => {
    const analysis = handAnalysis();
    checkInvariants(analysis);
    assert.deepEqual(exportErrors(JSON.parse(JSON.stringify(toJson(analysis, context)))), []);
  });

  it('validates an export read from stdin (path null)', () => {
    assert.deepEqual(exportErrors(JSON.parse(JSON.stringify(toJson(analyze(ARTICLE), { ...context, path: null })))), []);
  });
});

describe('schema: broken documents are rejected', () => {
  type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const rows: { name: string; error: string; edit: (d: Doc) => void }[] = [
    { name: 'missing schemaVersion', error: 'schemaVersion', edit: (d) => delete d.schemaVersion },
    { name: 'a future schemaVersion', error: '/schemaVersion', edit: (d) => (d.schemaVersion = 2) },
    { name: 'missing warnings', error: 'warnings', edit: (d) => delete d.warnings },
    { name: 'a short sha256', error: '/source/sha256', edit: (d) => (d.source.sha256 = 'abc') },
    { name: 'a negative length', error: '/source/length', edit: (d) => (d.source.length = -1) },
    { name: 'a date that is not ISO', error: '/article/date', edit: (d) => (d.article.date = '13/02/2023') },
    { name: 'an unknown figure kind', error: '/figures/0/kind', edit: (d) => (d.figures[0].kind = 'amount') },
    { name: 'a fractional offset', error: '/figures/0/start', edit: (d) => (d.figures[0].start = 1.5) },
    { name: 'an unknown TIMEX type', error: '/dates/0/type', edit: (d) => (d.dates[0].type = 'DAY') },
    { name: 'an unknown claim type', error: '/claims/0/type', edit: (d) => (d.claims[0].type = 'rumour') },
    { name: 'an unknown attribution', error: '/claims/0/attribution', edit: (d) => (d.claims[0].attribution = 'hearsay') },
    { name: 'a score above 1', error: '/claims/0/checkWorthiness', edit: (d) => (d.claims[0].checkWorthiness = 1.5) },
    { name: 'an unknown entity type', error: '/entities/0/type', edit: (d) => (d.entities[0].type = 'robot') },
    { name: 'a speaker without its cue', error: '/quotes/0/speaker', edit: (d) => delete d.quotes[0].speaker.cue },
    { name: 'a quote without its speaker field', error: '/quotes/0', edit: (d) => delete d.quotes[0].speaker },
    { name: 'a mention without text', error: '/entities/0/mentions/0', edit: (d) => delete d.entities[0].mentions[0].text },
    { name: "a claim speaker's mention without text", error: '/claims/0/speaker/mention', edit: (d) => (d.claims[0].speaker = { entityId: 'e1', name: 'Jens Stoltenberg', mention: { start: 0, end: 4 } }) },
    { name: "a claim speaker's mention with a negative offset", error: '/claims/0/speaker/mention/start', edit: (d) => (d.claims[0].speaker = { entityId: null, name: 'x', mention: { start: -1, end: 4, text: 'date' } }) },
    { name: 'a claim speaker without a name', error: '/claims/0/speaker', edit: (d) => (d.claims[0].speaker = { entityId: null, mention: { start: 0, end: 4, text: 'date' } }) },
    { name: "a quote's sentenceId that is no id", error: '/quotes/0/sentenceId', edit: (d) => (d.quotes[0].sentenceId = 3) },
    { name: "a figure's sentenceId that is no id", error: '/figures/0/sentenceId', edit: (d) => (d.figures[0].sentenceId = '') },
    { name: "a date's sentenceId that is no id", error: '/dates/0/sentenceId', edit: (d) => (d.dates[0].sentenceId = null) },
  ];
  for (const row of rows) {
    it(`rejects ${row.name}`, () => {
      const doc = JSON.parse(JSON.stringify(toJson(handAnalysis(), context)));
      row.edit(doc);
      const errors = exportErrors(doc);
      assert.ok(errors.some((e) => e.includes(row.error)), `expected an error at ${row.error}, got:\n${errors.join('\n')}`);
    });
  }

  it('accepts a field added by a later version', () => {
    const doc = JSON.parse(JSON.stringify(toJson(handAnalysis(), context)));
    doc.quotes[0].confidence = 0.9;
    doc.extra = { anything: true };
    assert.deepEqual(exportErrors(doc), []);
  });
});
