import * as assert from 'node:assert/strict';
import type { Phrase } from '../../src/core/extractors/phraseWords';
import { clauseSubjects } from '../../src/core/extractors/sentenceSubject';
import { words } from '../../src/core/extractors/words';

/** The subjects clauseSubjects finds in a whole text, read no further than clauses opening by word `last`. */
function subjectsOf(text: string, last?: number): Phrase[] {
  const ws = words(text, 0, text.length);
  const out: Phrase[] = [];
  clauseSubjects(ws, 0, ws.length - 1, out, last);
  return out;
}

const said = (text: string, p: Phrase) =>
  words(text, 0, text.length)
    .slice(p.from, p.to + 1)
    .map((w) => w.text)
    .join(' ');

describe('clauseSubjects', () => {
  const rows: ReadonlyArray<{ text: string; last?: number; expect: string[] }> = [
    { text: 'The ministers moved on, but Brandt was not having it.', expect: ['The ministers', 'Brandt'] },
    { text: 'The ministers moved on, but Brandt was not having it.', last: 3, expect: ['The ministers'] },
    { text: 'Okafor left early; she said nothing.', expect: ['Okafor', 'she'] },
    // The clause after ";" opens at word 4, "she": a bound there still reads it.
    { text: 'Okafor left early; she said nothing.', last: 4, expect: ['Okafor', 'she'] },
    { text: 'Okafor left early; she said nothing.', last: 3, expect: ['Okafor'] },
    { text: 'He said Kell, who lost, was angry.', last: 0, expect: ['He'] },
    // No clause with a verb after its subject: nothing, whatever the bound.
    { text: 'The timeline of events in the city shows a gap.', expect: ['The timeline of events in the city'] },
    { text: 'The two lawmakers argue that it is wrong.', expect: ['The two lawmakers'] },
    { text: 'A White House official who spoke anonymously said the talks went well.', expect: ['A White House official'] },
    { text: 'Dana Kell, a banker who gave large checks to the groups, left.', expect: ['Dana Kell'] },
    { text: 'Kell drew close to, or even ahead of, front-runner Dana Hale in the polls and held a lead.', expect: ['Kell'] },
    // negative row: a pronoun after a preposition's comma opens a clause of its own
    { text: 'It was a plan Kell had never heard of, she said.', expect: ['she'] },
    { text: 'Meanwhile Lorna, who won the prize, spoke about love.', expect: ['Lorna', 'who'] },
    // negative row: an adverb before a comma opens a phrase, which the comma ends
    { text: 'Meanwhile, the minister spoke about love.', expect: ['the minister'] },
    { text: 'The Kell outlets have been in the way.', expect: ['The Kell outlets'] },
    // negative row: a word in -s before a word that is no plural's verb is the verb
    { text: 'The senator says he will run.', expect: ['The senator'] },
    { text: 'Kell’s message is to call for calm.', expect: ['Kell’s message'] },
    { text: 'The message is in the mail.', expect: ['The message'] },
    // negative row: a form of "be" after a subject that is no clause's ("the message in the mail is") is none
    { text: 'Its being in the mail.', expect: [] },
    { text: 'Gary Kell, a former agent for Dana Hale has written a book.', expect: ['Gary Kell', 'a former agent for Dana Hale'] },
    // negative row: an aside never closed and followed by no verb leaves no clause
    { text: 'Gary Kell, a former agent for Dana Hale.', expect: [] },
    { text: 'While Brandt spoke, Kell left.', expect: ['Brandt', 'Kell'] },
    // negative row: a clause set before the main one whose subject is no name adds none
    { text: 'While the plan passed, Kell left.', expect: ['Kell'] },
    { text: '62-year-old Mary Kell also railed against the plan.', expect: ['Mary Kell'] },
    // negative row: an age after an article opens a description, which keeps it
    { text: 'A 62-year-old voter also railed against the plan.', expect: ['A 62-year-old voter'] },
    // "Hale" is the subject of what Kell recalled, not a clause of the text's own
    { text: 'Kell recalled that before the vote, Hale was unknown.', expect: ['Kell'] },
    { text: 'Kell said that as long as the field is split, Hale wins.', expect: ['Kell'] },
    // negative rows: a clause after "and", or after a phrase no "that" opened, is the text's own
    { text: 'Kell spoke before the vote, and Hale was unknown.', expect: ['Kell', 'Hale'] },
    { text: 'Before the vote, Hale was unknown.', expect: ['Hale'] },
    { text: 'Rain all day, and wind.', expect: [] },
    { text: 'Prices fell all day.', expect: ['Prices'] },
    { text: 'Rain and more rain.', last: 0, expect: [] },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} up to word ${row.last ?? 'end'} → ${JSON.stringify(row.expect)}`, () => {
      const found = subjectsOf(row.text, row.last);
      assert.deepEqual(
        found.map((p) => said(row.text, p)),
        row.expect,
      );
      // A bound only drops subjects that start after it: those before it are the unbounded ones.
      const all = subjectsOf(row.text).filter((p) => row.last === undefined || p.from <= row.last);
      assert.deepEqual(found, all);
    });
  }
});
