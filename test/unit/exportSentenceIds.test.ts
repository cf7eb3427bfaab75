import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { toJson } from '../../src/core/export/toJson';
import { sentenceOf } from '../../src/core/export/sentenceOf';
import { checkInvariants } from './invariants';
import { exportErrors } from './validateExport';

describe('sentenceOf: the sentence holding an offset', () => {
  const sentences = [
    { id: 's1', start: 10, end: 20, paragraphId: 'p1' },
    { id: 's2', start: 21, end: 30, paragraphId: 'p1' },
    { id: 's4', start: 32, end: 40, paragraphId: 'p2' },
  ];
  const rows: { at: number; expect: string | undefined }[] = [
    { at: 10, expect: 's1' },
    { at: 19, expect: 's1' },
    { at: 21, expect: 's2' },
    { at: 35, expect: 's4' },
    // negative rows: before the first, in the space between two, at an end (half-open), past the last
    { at: 0, expect: undefined },
    { at: 20, expect: undefined },
    { at: 31, expect: undefined },
    { at: 40, expect: undefined },
    { at: 99, expect: undefined },
  ];
  for (const row of rows) it(`places offset ${row.at} in ${row.expect ?? 'no sentence'}`, () => assert.equal(sentenceOf(sentences)(row.at), row.expect));
  it('places nothing without sentences (negative)', () => assert.equal(sentenceOf([])(0), undefined));
});

describe('export: quotes, figures and dates name the sentence holding their start', () => {
  const TEXT =
    'date 2024-03-01 Port fees to rise 4%\n\n' +
    'The port handled 4.2 million containers in 2023. Harbour chief Ana Ruiz said on Monday that "fees will rise. ' +
    'Nobody likes it," and that the board met in May.\n\n' +
    '"We will hire 250 workers," she said.';
  const doc = JSON.parse(JSON.stringify(toJson(analyze(TEXT), { path: null, generatorVersion: '0.0.0-test' })));
  const sentenceAt = (start: number) => doc.sentences.find((s: { start: number; end: number }) => s.start <= start && start < s.end)?.id;
  const item = (list: string, text: string) => {
    const found = doc[list].find((x: { text: string }) => x.text === text);
    assert.ok(found, `no ${list} item "${text}" in: ${doc[list].map((x: { text: string }) => x.text).join(' | ')}`);
    return found;
  };
  const rows: { list: string; text: string; expect: string | undefined }[] = [
    { list: 'figures', text: '4.2 million containers', expect: 's1' },
    { list: 'dates', text: '2023', expect: 's1' },
    { list: 'dates', text: 'Monday', expect: 's2' },
    // a quote inside its sentence is placed by its opening mark, whatever it holds
    { list: 'quotes', text: '"fees will rise. Nobody likes it,"', expect: 's2' },
    { list: 'dates', text: 'May', expect: 's2' },
    // a quote opening its sentence, in the next paragraph
    { list: 'quotes', text: '"We will hire 250 workers,"', expect: 's3' },
    { list: 'figures', text: '250 workers', expect: 's3' },
    // negative row: the headline is no sentence, so its figure has no sentenceId at all
    { list: 'figures', text: '4%', expect: undefined },
  ];
  for (const row of rows) {
    it(`places ${row.list.slice(0, -1)} "${row.text}" in ${row.expect ?? 'no sentence'}`, () => {
      const x = item(row.list, row.text);
      assert.equal(x.sentenceId, row.expect);
      assert.equal(sentenceAt(x.start), row.expect);
      if (row.expect === undefined) assert.ok(!('sentenceId' in x));
    });
  }

  it('validates, and keeps the fields that were there before in their order', () => {
    checkInvariants(analyze(TEXT));
    assert.deepEqual(exportErrors(doc), []);
    assert.deepEqual(Object.keys(item('figures', '4.2 million containers')).slice(0, 6), ['id', 'start', 'end', 'text', 'sentenceId', 'kind']);
    assert.deepEqual(Object.keys(item('quotes', '"We will hire 250 workers,"')).slice(0, 6), ['id', 'start', 'end', 'text', 'sentenceId', 'kind']);
  });
});
