import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each quote's speaker as "name [mention] type". */
function speakers(text: string): (string | null)[] {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.map((q) => {
    const s = q.speaker;
    return s ? `${s.name} [${s.mention.text}] ${a.entities.find((e) => e.id === s.entityId)?.type}` : null;
  });
}

// People in the plural, with the words before them that say which, speak as a group: not as a body cut from them.
describe('a group of people speaking', () => {
  const rows = [
    { name: 'a body noun and a role plural before a colon', text: 'The road was shut. Police officers said: "The detour adds an hour."', expect: ['Police officers [Police officers] group'] },
    { name: 'in lower case after the quote', text: 'The road was shut. "The detour adds an hour," police officers said.', expect: ['police officers [police officers] group'] },
    { name: 'a plural no trade ending shows', text: 'The ward closed. Fire crews said: "We were not told."', expect: ['Fire crews [Fire crews] group'] },
    { name: 'a trade plural after a common noun', text: 'The strike began. Bus drivers said: "We want a fair deal."', expect: ['Bus drivers [Bus drivers] group'] },
    { name: 'a named school before its fans', text: 'The game ended late. Orwell High School fans chanted: "We are back."', expect: ['Orwell High School fans [Orwell High School fans] group'] },
    // negative rows: the plural as an object, after an owner, and after a clause's opening word
    { name: 'an object of "by" is no speaker', text: 'A witness interviewed by hospital staff said: "I saw it."', expect: ['A witness [A witness] person'] },
    { name: 'an owner before the plural', text: 'Dana Kell spoke first. Her backers said: "She will win."', expect: ['Her backers [Her backers] group'] },
    { name: 'a company speaking alone', text: 'The plant closed. Velbank said: "We regret it."', expect: ['Velbank [Velbank] person'] },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(speakers(r.text), r.expect));
});

// "family" ends in -ly like an adverb, and was read as one: "her family said" gave the quote to "her".
describe('a family speaking', () => {
  const rows = [
    { name: 'after a possessive pronoun', text: 'Ann Vell died on Monday. "She was a fighter," her family said.', expect: ['her family [her family] group'] },
    { name: 'after "his"', text: 'Tom Vell died on Monday. "He was a fighter," his family said.', expect: ['his family [his family] group'] },
    { name: 'after "the"', text: 'Tom Vell died on Monday. "He was kind," the family said.', expect: ['the family [the family] group'] },
    { name: 'an assembly', text: 'The vote was close. "The bill passes," the assembly said.', expect: ['the assembly [the assembly] organization'] },
    // negative rows: an adverb in -ly still reads as one, and the person named speaks for herself
    { name: 'an adverb in -ly before the verb', text: 'Ann Vell spoke first. "We will win," she quickly said.', expect: ['Ann Vell [she] person'] },
    { name: 'the person, not the family', text: 'Ann Vell spoke at her family home. "We will win," Vell said.', expect: ['Ann Vell [Vell] person'] },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(speakers(r.text), r.expect));
});

// People at a body speak for themselves: the body named after "at" or "in" is where they are, not who speaks.
describe('people at a body speaking', () => {
  const rows = [
    { name: 'officials at a ministry in lower case', text: 'The road shut. "It is late," officials at the health ministry said.', expect: ['officials at the health ministry [officials at the health ministry] group'] },
    { name: 'officials at a named department', text: 'The road shut. "Dues will rise," officials at the Harbour Department said.', expect: ['officials at the Harbour Department [officials at the Harbour Department] group'] },
    { name: 'a plural of a trade at a named clinic', text: 'The ward shut. "We were not told," nurses at the Tarbury clinic said.', expect: ['nurses at the Tarbury clinic [nurses at the Tarbury clinic] group'] },
    // negative rows: one person as read before, who speaks for a body, and a person named before
    { name: 'one person, with the adjective before the noun', text: 'The vote passed. "It was close," a senior aide in the room said.', expect: ['a senior aide in the room [a senior aide in the room] person'] },
    { name: 'a spokesman for the body', text: 'The road shut. "We will appeal," a spokesman for the Harbour Department said.', expect: ['a spokesman for the Harbour Department [a spokesman for the Harbour Department] person'] },
    { name: 'a pronoun after a visit', text: 'Tom Vell spoke at the Harbour Department. "We will win," he said.', expect: ['Tom Vell [he] person'] },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(speakers(r.text), r.expect));
});
