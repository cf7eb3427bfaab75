import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { particlesAt } from '../../src/core/extractors/nameParticle';
import { words } from '../../src/core/extractors/words';
import { checkInvariants } from './invariants';

/** The names of the people and organisations an article names, in order of first mention. */
function names(text: string): string[] {
  const a = analyze(text);
  checkInvariants(a);
  return a.entities.map((e) => e.name);
}

describe('names with lower-case particles', () => {
  const rows: ReadonlyArray<{ text: string; expect: string[] }> = [
    { text: 'Mayor Ana de Vell spoke on Monday. "The harbour stays open," she said.', expect: ['Ana de Vell'] },
    { text: 'Commissioner Greta von der Hale spoke on Monday. "The levy stays," she said.', expect: ['Greta von der Hale'] },
    { text: 'Crown Prince Omar bin Kell met the envoy. "We agree," he said.', expect: ['Omar bin Kell'] },
    // A later mention opening its sentence with a capital particle is the same person.
    { text: 'Mayor Ana de Vell spoke on Monday. De Vell left early. "The harbour stays open," she said.', expect: ['Ana de Vell'] },
    // negative rows: a particle that no capitalised word follows, or that no name comes before, is no part of a name
    { text: 'Mayor Ana Vell called it a de facto ban. "It stays," she said.', expect: ['Ana Vell'] },
    { text: 'Mayor Ana Vell said it was done de novo. "It stays," she said.', expect: ['Ana Vell'] },
    // Gaelic surnames: the article "an" after "Mac", and the capital it mutates ("tSaoir")
    { text: 'Ruairí Mac an tSaoir said he expected talks to resume.', expect: ['Ruairí Mac an tSaoir'] },
    { text: 'Her deputy, Ruairí Mac an tSaoir, spoke. "We are close," Mac an tSaoir said.', expect: ['Ruairí Mac an tSaoir'] },
    { text: 'Seán Mac an Bhaird spoke on Monday. "We are close," he said.', expect: ['Seán Mac an Bhaird'] },
    // negative rows: "an" after any other capital is the article
    { text: 'Dana Kell gave Tom Hale an Irish passport. "It is done," Kell said.', expect: ['Dana Kell', 'Tom Hale'] },
  ];
  for (const row of rows) it(`${row.text} → ${JSON.stringify(row.expect)}`, () => assert.deepEqual(names(row.text), row.expect));
});

describe('particlesAt', () => {
  const rows: ReadonlyArray<{ text: string; at: number; expect: number }> = [
    { text: 'Ana de Vell', at: 1, expect: 1 },
    { text: 'Greta von der Hale', at: 1, expect: 2 },
    { text: 'a de facto ban', at: 1, expect: 0 },
    // negative rows: a particle at the end, a capitalised "De", a word that is no particle
    { text: 'Ana de', at: 1, expect: 0 },
    { text: 'Ana De Vell', at: 1, expect: 0 },
    { text: 'Ana and Vell', at: 1, expect: 0 },
    { text: 'Seán Mac an tSaoir', at: 2, expect: 1 },
    { text: 'Seán Mac an Bhaird', at: 2, expect: 1 },
    // negative rows: "an" after a capital that is no patronymic, or before a lower-case word
    { text: 'Kell an Irish', at: 1, expect: 0 },
    { text: 'Mac an old', at: 1, expect: 0 },
  ];
  for (const row of rows) {
    it(`${row.text} at word ${row.at} → ${row.expect}`, () => {
      const ws = words(row.text, 0, row.text.length);
      assert.equal(particlesAt(ws, row.at), row.expect);
    });
  }
});
