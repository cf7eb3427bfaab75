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
