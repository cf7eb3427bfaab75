import * as assert from 'node:assert/strict';
import { candidatesOf } from './candidatesOf';

const DATELINE = 'date 2025-06-02 Harbour interview\n\n';

/** Every candidate of the paragraphs as [text, speaker] pairs, whatever its score. */
const claimsOf = (paragraphs: readonly string[]): [string, string | null][] =>
  candidatesOf(paragraphs.join('\n\n') + '\n', DATELINE).map((c) => [c.text, c.speaker?.name ?? null]);

describe('claims: the speaker labels of an interview', () => {
  const rows: { text: readonly string[]; expect: readonly (readonly [string, string | null])[] }[] = [
    {
      text: ['Q: Who pays for the overrun?', 'Ines Morales: The national government covers 60 percent of the cost.'],
      expect: [['The national government covers 60 percent of the cost.', 'Ines Morales']],
    },
    // in an interview the label speaks for its whole paragraph; a statement after "Q:" stays, its label gone
    {
      text: ['Q: The levy rose 40 percent. Who pays?', 'Ines Morales: The state covers 60 percent of the cost. The city pays the other 40 percent.'],
      expect: [
        ['The levy rose 40 percent.', null],
        ['The state covers 60 percent of the cost.', 'Ines Morales'],
        ['The city pays the other 40 percent.', 'Ines Morales'],
      ],
    },
    // outside an interview a name with a given name labels its own sentence only
    {
      text: ['Anna Holt: The state covers 60 percent of the cost. The city pays the other 40 percent.'],
      expect: [
        ['The state covers 60 percent of the cost.', 'Anna Holt'],
        ['The city pays the other 40 percent.', null],
      ],
    },
    // negatives: a heading is no speaker, nor a name nothing marks as one outside an interview
    { text: ['Breaking News: Prices rose 6 percent in May.'], expect: [['Breaking News: Prices rose 6 percent in May.', null]] },
    { text: ['Harbour Board: Prices rose 6 percent in May.'], expect: [['Harbour Board: Prices rose 6 percent in May.', null]] },
    // a transcript without "Q:": speakers in capitals, or one name labelling several paragraphs
    {
      text: ['BRILL: The levy rose 40 percent in March.', 'VELDT: He is wrong. Fees are up 22 percent since 2021.'],
      expect: [
        ['The levy rose 40 percent in March.', 'BRILL'],
        ['He is wrong.', 'VELDT'],
        ['Fees are up 22 percent since 2021.', 'VELDT'],
      ],
    },
    {
      text: ['Brill: The levy rose 40 percent in March.', 'Veldt: Fees are up 22 percent since 2021.', 'Brill: The board cut the levy by 5 percent in May.'],
      expect: [
        ['The levy rose 40 percent in March.', 'Brill'],
        ['Fees are up 22 percent since 2021.', 'Veldt'],
        ['The board cut the levy by 5 percent in May.', 'Brill'],
      ],
    },
    // negative: one heading in capitals run into its text is no transcript
    {
      text: ['BACKGROUND: The levy rose 40 percent in March.', 'Fees are up 22 percent since 2021.'],
      expect: [
        ['BACKGROUND: The levy rose 40 percent in March.', null],
        ['Fees are up 22 percent since 2021.', null],
      ],
    },
  ];
  for (const row of rows) it(row.text.join(' / '), () => assert.deepEqual(claimsOf(row.text), row.expect));
});

describe('claims: "A:" answers are the interviewee\'s the headline names', () => {
  const rows: { dateline: string; text: readonly string[]; expect: readonly (readonly [string, string | null])[] }[] = [
    {
      dateline: 'date 2025-06-02 Interview with Ines Morales\n\n',
      text: ['Q: How long is the list?', 'A: About 23,000 families. It was 19,500 in April.'],
      expect: [['About 23,000 families.', 'Ines Morales'], ['It was 19,500 in April.', 'Ines Morales']],
    },
    // negative: a headline that names no one leaves the answer with no speaker
    {
      dateline: 'date 2025-06-02 Harbour interview\n\n',
      text: ['Q: How long is the list?', 'A: About 23,000 families. It was 19,500 in April.'],
      expect: [['About 23,000 families.', null], ['It was 19,500 in April.', null]],
    },
  ];
  for (const row of rows) {
    it(row.dateline.trim() + ' / ' + row.text.join(' / '), () =>
      assert.deepEqual(candidatesOf(row.text.join('\n\n') + '\n', row.dateline).map((c) => [c.text, c.speaker?.name ?? null]), row.expect));
  }
});
