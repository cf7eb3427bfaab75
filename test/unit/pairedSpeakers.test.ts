import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** The first quote's speaker name and mention, and every entity as "name (mentions)". */
function read(text: string) {
  const a = analyze(text);
  checkInvariants(a);
  const s = a.quotes[0]?.speaker;
  return { speaker: s ? `${s.name} [${s.mention.text}]` : null, entities: a.entities.map((e) => `${e.name} (${e.mentions.length})`) };
}

// Two people who speak together: the first named speaks for both (a quote has one speaker), the second is an
// entity too, and later surnames find each of them.
describe('two speakers joined by "and"', () => {
  const rows = [
    {
      name: 'two full names before the cue, each surname later',
      text: '"We have no choice," Dana Kell and Tom Hale said. Kell said the cost was high. Hale agreed.',
      speaker: 'Dana Kell [Dana Kell and Tom Hale]',
      entities: ['Dana Kell (2)', 'Tom Hale (2)'],
    },
    {
      name: 'two full names after the cue',
      text: '"We have no choice," said Dana Kell and Tom Hale. Kell said the cost was high.',
      speaker: 'Dana Kell [Dana Kell and Tom Hale]',
      entities: ['Dana Kell (2)', 'Tom Hale (1)'],
    },
    {
      name: 'two titled names before a colon',
      text: 'Mayor Dana Kell and Sen. Tom Hale said: "We have no choice."',
      speaker: 'Dana Kell [Mayor Dana Kell and Sen. Tom Hale]',
      entities: ['Dana Kell (1)', 'Tom Hale (1)'],
    },
    {
      name: 'two surnames the text named in full before',
      text: 'Dana Kell met Tom Hale on Monday. "We have no choice," Kell and Hale said.',
      speaker: 'Dana Kell [Kell and Hale]',
      entities: ['Dana Kell (2)', 'Tom Hale (2)'],
    },
    // negative rows: a title with "and" inside it, a firm's name, and a given name shared by a couple
    {
      name: 'a title with "and" inside it',
      text: 'Climate and Energy Minister Dana Kell said: "We have no choice."',
      speaker: 'Dana Kell [Climate and Energy Minister Dana Kell]',
      entities: ['Dana Kell (1)'],
    },
    {
      name: 'a firm named by two words and "and"',
      text: 'Brandt and Vell said: "We have no choice."',
      speaker: 'Vell [Brandt and Vell]',
      entities: ['Vell (1)'],
    },
    {
      name: 'a couple sharing a surname',
      text: 'Tom and Ellen Hale said: "We have no choice."',
      speaker: 'Ellen Hale [Tom and Ellen Hale]',
      entities: ['Ellen Hale (1)'],
    },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(read(r.text), { speaker: r.speaker, entities: r.entities }));
});

// A claim of two joined speakers takes the first, as their quotes do; one person and another noun are no pair.
describe('the source of a claim two people made', () => {
  const rows: { text: string; source?: string; notSource?: string }[] = [
    { text: 'Dana Kell and Tom Hale said the levy would rise by 4% in May.', source: 'Dana Kell' },
    { text: 'Dana Kell and Tom Hale spoke. Kell and Hale said the levy would rise by 4% in May.', source: 'Dana Kell' },
    // negatives: a possessive before "and", and a body after it, make no pair whose first speaks
    { text: "Tom Kell's lawyer and aide Ana Ruiz said the levy would rise by 4% in May.", notSource: 'Tom Kell' },
    { text: 'Dana Kell and the harbour board said the levy would rise by 4% in May.', notSource: 'Dana Kell' },
  ];
  for (const row of rows) {
    it(row.text, () => {
      const a = analyze(`date 2025-10-09 Levy\n\n${row.text}`);
      checkInvariants(a);
      const claim = a.claims.find((c) => c.text.includes('the levy would rise'));
      assert.ok(claim, 'the claim is found');
      if (row.source) assert.equal(claim.speaker?.name, row.source);
      else assert.notEqual(claim.speaker?.name, row.notSource);
    });
  }
});
