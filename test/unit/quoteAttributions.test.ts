import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [speaker name, mention, cue] (nulls when unattributed). */
const attributions = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => !q.parentId).map((q) => [q.speaker?.name ?? null, q.speaker?.mention.text ?? null, q.speaker?.cue?.text ?? null]);
};

describe('quoteAttributions: a whole sentence introduced with a colon', () => {
  const rows = [
    { name: 'a reaction after a one-word answer', text: 'Mayor Ana Ruiz said: "No." Councillor Tom Beck agreed.', expect: [['Ana Ruiz', 'Mayor Ana Ruiz', 'said']] },
    { name: 'a surname reacting after a one-word answer', text: 'Mayor Ana Ruiz said: "No." Beck agreed.', expect: [['Ana Ruiz', 'Mayor Ana Ruiz', 'said']] },
    { name: 'a reaction after an exclamation', text: 'Mayor Ana Ruiz said: "Never!" Councillor Tom Beck laughed.', expect: [['Ana Ruiz', 'Mayor Ana Ruiz', 'said']] },
    { name: 'a reply with its own colon', text: 'Mayor Ana Ruiz said: "No." Beck replied: "Then we sue."', expect: [['Ana Ruiz', 'Mayor Ana Ruiz', 'said'], ['Beck', 'Beck', 'replied']] },
    // negative rows: a quote ending on a comma waits for its cue, one with no colon before it takes the cue after it,
    // and a sentence split off already, as a question is, kept its speaker before
    { name: 'a reaction after a question', text: 'Mayor Ana Ruiz asked: "Who pays?" Councillor Tom Beck nodded.', expect: [['Ana Ruiz', 'Mayor Ana Ruiz', 'asked']] },
    { name: 'a comma-ended quote after the reply', text: 'Mayor Ana Ruiz asked Tom Beck a question. "No," Beck replied.', expect: [['Tom Beck', 'Beck', 'replied']] },
    { name: 'an exclamation with its cue after it', text: 'Councillor Tom Beck stood up. "Never!" Mayor Ana Ruiz shouted.', expect: [['Ana Ruiz', 'Mayor Ana Ruiz', 'shouted']] },
    { name: 'a longer answer split off as its own sentence', text: 'Mayor Ana Ruiz said: "We will not pay." Beck disagreed.', expect: [['Ana Ruiz', 'Mayor Ana Ruiz', 'said']] },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(attributions(row.text), row.expect, row.text));
  }
});
