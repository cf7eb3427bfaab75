import * as assert from 'node:assert/strict';
import { candidatesOf, describeClaim } from './candidatesOf';

describe('claims: what a negated verb reports, an open question or a clause, is no claim of the subject', () => {
  const rows = [
    { text: 'The office would not say whether Ms. Vale or Mr. Brun were suspects.', expect: ['The office would not say whether Ms. Vale or Mr. Brun were suspects. | - | narrative'] },
    { text: 'The firm declined to say whether it would appeal the fine.', expect: ['The firm declined to say whether it would appeal the fine. | - | narrative'] },
    { text: "Ms. Vale didn't say if the levy would pass in May.", expect: ["Ms. Vale didn't say if the levy would pass in May. | - | narrative"] },
    { text: 'A spokesman did not say why the leaflet left out burglary.', expect: ['A spokesman did not say why the leaflet left out burglary. | - | narrative'] },
    { text: 'Ms. Vale did not say the levy would pass in May.', expect: ['Ms. Vale did not say the levy would pass in May. | - | narrative'] },
    // negatives: a clause after an open verb is still the speaker's
    { text: 'Ms. Vale said the levy would pass in May.', expect: ['the levy would pass in May. | Vale | indirect'] },
    { text: 'Ms. Vale said if the levy passed, the port would grow.', expect: ['if the levy passed, the port would grow. | Vale | indirect'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(candidatesOf(row.text).map(describeClaim), row.expect));
});

describe('claims: a source named before an adverb is the source', () => {
  const rows = [
    { text: 'The Ports Audit Office found 40 breaches.\n\nThe bank now forecasts that inflation will fall to 2.1% next year.', expect: 'The bank' },
    // negative: a name in capitals keeps its last word
    { text: 'The Ports Audit Office found 40 breaches.\n\nHARBOUR TODAY reported that the levy raised 3 million euros.', expect: 'HARBOUR TODAY' },
  ];
  for (const row of rows) it(row.text, () => {
    const claims = candidatesOf(row.text);
    assert.equal(claims[claims.length - 1].speaker?.name, row.expect);
  });
});

describe('claims: a silence is not worth checking', () => {
  const CEILING = 0.3;
  const worth = (text: string): number => candidatesOf(text)[0].checkWorthiness;
  const silent = [
    'Kestrel Supply did not respond to requests for comment.',
    'A spokesman for the harbour board declined to comment on the audit.',
    'The office would not say whether Ms. Vale or Mr. Brun were suspects.',
  ];
  for (const text of silent) it(`caps "${text}"`, () => assert.ok(worth(text) <= CEILING));
  // negatives: the silence is an aside, or one clause of two
  const spoken = [
    'Ms. Vale, who declined to comment, was born in Tarnby and is a 1998 graduate of the naval college.',
    'The board has not published the audit, and its chair declined to comment.',
  ];
  for (const text of spoken) it(`leaves "${text}"`, () => assert.ok(worth(text) > CEILING));
});
