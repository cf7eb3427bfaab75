import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [speaker name, mention] (nulls when unattributed). */
const speakers = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => !q.parentId).map((q) => [q.speaker?.name ?? null, q.speaker?.mention.text ?? null]);
};

const INTRO = 'Mayor Ana Ruiz spoke on Monday. ';

describe('phraseAfter: a name set off after the noun an inverted cue names', () => {
  const rows = [
    { name: '"her" before a noun for people, then the name', text: `${INTRO}"We will pay," said her deputy, Tom Beck.`, expect: [['Tom Beck', 'Tom Beck']] },
    { name: '"her" before a title and a name', text: `${INTRO}"We will pay," said her deputy Tom Beck.`, expect: [['Tom Beck', 'her deputy Tom Beck']] },
    { name: 'a name set off after a description, then a clause', text: `${INTRO}"We will pay," said the council's spokesman, Tom Beck, who works for her.`, expect: [['Tom Beck', 'Tom Beck']] },
    // negative rows: "her" alone is the pronoun, and a description with no name stays one
    { name: '"her" alone', text: `${INTRO}"We will pay," said her.`, expect: [['Ana Ruiz', 'her']] },
    { name: 'a description with no name after it', text: `${INTRO}"We will pay," said the spokesman, adding nothing.`, expect: [['the spokesman', 'the spokesman']] },
    { name: 'a pronoun subject and "her" as an object', text: `${INTRO}"We will pay," she told her deputy.`, expect: [['Ana Ruiz', 'she']] },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(speakers(row.text), row.expect, row.text));
  }
});
