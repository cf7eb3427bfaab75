import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each quote's speaker, and every person with the words that name them. */
function read(text: string) {
  const a = analyze(text);
  checkInvariants(a);
  return {
    speakers: a.quotes.map((q) => q.speaker?.name ?? null),
    people: a.entities.filter((e) => e.type === 'person').map((e) => `${e.name} {${e.mentions.map((m) => m.text).join('|')}}`),
  };
}

// A lower-case article before a capitalised surname ("al-Rashid", "el-Sayed") is part of the name, and the surname
// without it names the same person.
describe('names with a lower-case article', () => {
  const rows = [
    { text: '"It is late," said Omar al-Rashid.', speakers: ['Omar al-Rashid'], people: ['Omar al-Rashid {Omar al-Rashid}'] },
    {
      text: 'Dana el-Sayed spoke first. "It is late," al-Sayed said. "We wait," Sayed said.',
      speakers: ['Dana el-Sayed', 'Dana el-Sayed'],
      people: ['Dana el-Sayed {Dana el-Sayed|al-Sayed|Sayed}'],
    },
    { text: '"It is late," said Sheikh Omar bin-Talal.', speakers: ['Omar bin-Talal'], people: ['Omar bin-Talal {Sheikh Omar bin-Talal}'] },
    // negatives: a lower-case word before a hyphen that is no article, and an article before a lower-case word
    { text: '"It is late," said Omar pro-Rashid.', speakers: ['Omar'], people: ['Omar {Omar}'] },
    { text: '"It is late," said Omar al-fresco.', speakers: ['Omar'], people: ['Omar {Omar}'] },
  ];
  for (const row of rows) {
    it(row.text, () => {
      const got = read(`date 2025-10-09 Talks\n\n${row.text}`);
      assert.deepEqual(got.speakers, row.speakers);
      assert.deepEqual(got.people, row.people);
    });
  }
});

// A clinical or legal post before a name is a role, not part of the name.
describe('posts before a name', () => {
  const rows = [
    { text: '"It is late," said Surgeon Liv Tamm.', entity: 'Liv Tamm [Surgeon]' },
    { text: '"It is late," said Principal Ana Hale.', entity: 'Ana Hale [Principal]' },
    { text: '"It is late," said prosecutor Tom Kell.', entity: 'Tom Kell [prosecutor]' },
    { text: '"It is late," said Presenter Owen Hale.', entity: 'Owen Hale [Presenter]' },
    { text: '"It is late," said Consultant Ravi Dean.', entity: 'Ravi Dean [Consultant]' },
    // negative: a surname that is no post keeps the whole name
    { text: '"It is late," said Liv Surgeonne.', entity: 'Liv Surgeonne []' },
  ];
  for (const row of rows) {
    it(row.text, () => {
      const a = analyze(`date 2025-10-09 Talks\n\n${row.text}`);
      checkInvariants(a);
      assert.deepEqual(a.entities.map((e) => `${e.name} [${e.roles.join('; ')}]`), [row.entity]);
    });
  }
});
