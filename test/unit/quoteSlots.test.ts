import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [kind, speaker name or null]. */
const kinds = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => !q.parentId).map((q) => [q.kind, q.speaker?.name ?? null]);
};

describe('quoteSlots', () => {
  const rows = [
    { name: 'a show after a possessive, then a cue', text: 'On Channel 4’s "Morning Report," Dana Kell said the plan was dead.', expect: [['title', null]] },
    { name: 'a show after a preposition', text: 'Speaking to "Harbour Today" on Monday, Kell said she would run.', expect: [['title', null]] },
    { name: 'a one-word show after a possessive', text: 'Kell visited RTV’s "Today" to discuss the plan.', expect: [['title', null]] },
    { name: 'a play called by a name', text: 'The troupe staged a play called "Sons of the Harbour," written by a local poet.', expect: [['title', null]] },
    { name: 'a lower-case name after "called"', text: 'The troupe staged a play called "Los hijos del puerto," written by a local poet.', expect: [['title', null]] },
    { name: 'a name after "known as"', text: 'The hacker known as "Nightjar," stated that he had access.', expect: [['title', null]] },
    { name: 'so-called', text: 'Aid went to the so-called "rebels" that later lost.', expect: [['scare', null]] },
    { name: 'a nickname inside a name', text: 'The fight was won by Thomas "The Hammer" Hale, the champion said.', expect: [['title', null]] },
    { name: 'a work after its kind', text: 'He starred in the documentary "Long Road." Kell said it was good.', expect: [['title', null]] },
    { name: 'a headline and its byline', text: 'CLOSING—"Harbour bakery to shut its doors," by Tide’s Ana Ruiz: http://example.com', expect: [['title', null]] },
    { name: 'a partial quote in reported speech stays speech', text: 'Kell said the plan was "dead on arrival."', expect: [['speech', 'Kell']] },
    { name: 'a name the speaker gives stays speech', text: 'Okafor called the plan "a reckless gamble" on Monday.', expect: [['speech', 'Okafor']] },
    { name: 'what someone called stays speech', text: 'What Kell called "a tax on work" passed on Monday.', expect: [['speech', 'Kell']] },
    { name: 'words in lower case after a preposition stay speech', text: 'Kell spoke to "anyone who would listen," Okafor said.', expect: [['speech', 'Okafor']] },
    { name: 'a chant in title case stays speech', text: 'The crowd met her with chants of "Kell! Kell!" at the rally, Okafor said.', expect: [['speech', 'Okafor']] },
    { name: 'a capitalised quote at a sentence start stays speech', text: '"Face The Facts," Kell said.', expect: [['speech', 'Kell']] },
    { name: 'a name a speaker gave someone is speech', text: 'At the rally Kell called Ruiz "The Iron Lady" twice.', expect: [['speech', 'Kell']] },
    { name: 'a name given to a pronoun is speech', text: 'Kell mocked her rival, calling him "Little Tom" at every stop.', expect: [['speech', 'Kell']] },
    { name: 'a group called by a name is no one\'s words', text: 'Kell joined a group called "The Harbour Trust" last year.', expect: [['title', null]] },
    { name: 'a headline without a byline stays as it was', text: 'CLOSING—"Harbour bakery to shut its doors," Ruiz wrote.', expect: [['speech', 'Ruiz']] },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(kinds(row.text), row.expect));
  }
});
