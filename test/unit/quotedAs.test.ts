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

describe('quotedAs: "X quoted Y as saying" is Y’s quote', () => {
  const rows = [
    { name: 'an outlet quoting a pronoun, after the quote', text: `${INTRO}"The plan is dead," the Valley Herald quoted her as saying.`, expect: [['Ana Ruiz', 'her']] },
    { name: 'an agency quoting a name, after the quote', text: `${INTRO}"The plan is dead," Reuters quoted Tom Beck as saying.`, expect: [['Tom Beck', 'Tom Beck']] },
    { name: 'before a colon', text: `${INTRO}The Valley Herald quoted her as saying: "The plan is dead."`, expect: [['Ana Ruiz', 'her']] },
    { name: 'before a partial quote', text: `${INTRO}The newspaper quoted her as saying the plan was "dead."`, expect: [['Ana Ruiz', 'her']] },
    // negative rows: "quoting" as an aside after the speaker's own verb, and "citing" a document
    { name: 'a speaker quoting someone', text: `${INTRO}"The plan is dead," Tom Beck said, quoting her.`, expect: [['Tom Beck', 'Tom Beck']] },
    { name: 'a writer citing a report', text: `${INTRO}"The plan is dead," Tom Beck wrote, citing a report.`, expect: [['Tom Beck', 'Tom Beck']] },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(speakers(row.text), row.expect, row.text));
  }
});
