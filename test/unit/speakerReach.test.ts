import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [speaker name, speaker mention, entity type] (nulls when unattributed). */
const speakers = (text: string) => {
  const a = analyze(text, { referenceDate: '2025-03-01' });
  checkInvariants(a);
  return a.quotes
    .filter((q) => !q.parentId)
    .map((q) => [q.speaker?.name ?? null, q.speaker?.mention.text ?? null, a.entities.find((e) => e.id === q.speaker?.entityId)?.type ?? null]);
};

describe('speakers past long clauses, asides, labels and titled outlets', () => {
  const rows = [
    {
      name: 'a name set off after a description, then a time and a long clause before ", saying"',
      text: 'The harbour minister, Vera Lund, on Monday unveiled a plan that cuts port fees by 3.4 million crowns and raises the levy on cargo by 8 per cent, saying the town "cannot wait any longer".',
      expect: [['Vera Lund', 'Vera Lund', 'person']],
    },
    // negative row: the short sentence worked before and still does
    {
      name: 'a name set off after a description, short clause',
      text: 'The harbour minister, Vera Lund, on Monday unveiled a plan, saying the town "cannot wait".',
      expect: [['Vera Lund', 'Vera Lund', 'person']],
    },
    {
      name: 'a thing a participle describes is no speaker',
      text: 'The head of Marlow council has said the town "cannot afford" to open two new ferry routes promised in its 2022 plan.',
      expect: [['the head of Marlow council', 'The head of Marlow council', 'person']],
    },
    // negative row: a person's own past-tense verb before a preposition is still the cue
    {
      name: 'a person who promised in a speech',
      text: 'Later the mayor promised in a speech that the routes would be "ready by spring".',
      expect: [['the mayor', 'the mayor', 'person']],
    },
    {
      name: 'a role at a body unlike the last subject\'s is someone new',
      text: 'The mayor said the plan was "dead". The council\'s finance chief, who asked not to be named, said the "real problem" was costs.',
      expect: [['the mayor', 'The mayor', 'person'], ["the council's finance chief", "The council's finance chief", 'person']],
    },
    {
      name: 'a role at a body unlike a named subject\'s role',
      text: 'The Green group\'s leader, Tom Ashworth, said: "It is a broken promise." The council\'s finance chief said the "real problem" was costs.',
      expect: [['Tom Ashworth', 'Tom Ashworth', 'person'], ["the council's finance chief", "The council's finance chief", 'person']],
    },
    // negative row: an epithet without an owner still means the subject
    {
      name: 'an epithet for the subject still links to it',
      text: 'Dana Kell toured the port. "It is a mess," the veteran campaigner said.',
      expect: [['Dana Kell', 'the veteran campaigner', 'person']],
    },
    {
      name: 'an office unlike the only one the subject holds is someone new',
      text: 'Governor Ruth Abara toured the camp. "We are stretched," the mayor said.',
      expect: [['the mayor', 'the mayor', 'person']],
    },
    {
      name: 'an office unlike the subject\'s, an elected title',
      text: 'Sheriff Dale Okoro spoke first. "Leave now," the senator said.',
      expect: [['the senator', 'the senator', 'person']],
    },
    // negative rows: the same office, a past office, a generic description and an office-elect still mean the subject
    {
      name: 'the subject\'s own office',
      text: 'Governor Ruth Abara toured the camp. "We are stretched," the governor said.',
      expect: [['Ruth Abara', 'the governor', 'person']],
    },
    {
      name: 'a former office may be the subject\'s',
      text: 'Sen. Ruth Abara toured the camp. "We are stretched," the former mayor said.',
      expect: [['Ruth Abara', 'the former mayor', 'person']],
    },
    {
      name: 'a generic description may be the subject',
      text: 'Governor Ruth Abara toured the camp. "We are stretched," the official said.',
      expect: [['Ruth Abara', 'the official', 'person']],
    },
    {
      name: 'an office-elect is the office',
      text: 'President-elect Ruth Abara toured the camp. "We are stretched," the president said.',
      expect: [['Ruth Abara', 'the president', 'person']],
    },
    {
      name: 'a name before a relative clause set off by commas',
      text: 'Outside the court, lawyer Paul Verrin, who represented the dockers, called the ruling "a long overdue fix."',
      expect: [['Paul Verrin', 'lawyer Paul Verrin', 'person']],
    },
    // negative rows: an inverted cue names its speaker after the verb; a body after a preposition is no host
    {
      name: 'an inverted cue after a relative clause',
      text: 'The plan to "rebuild the quay" pleases older traders, who miss the old port, said Ana Vell, an economist.',
      expect: [['Ana Vell', 'Ana Vell', 'person']],
    },
    {
      name: 'a relative clause about a body inside an aside',
      text: 'Omar Pell, a fellow at the Centre for Port Studies, which studies trade, said the plan was "a gamble."',
      expect: [['Omar Pell', 'Omar Pell', 'person']],
    },
    {
      name: 'a list label the pronoun agrees with names the speaker',
      text: 'Tom Beck chaired the meeting.\n\n- Kim Lasko: "We will not pay," he said.',
      expect: [['Kim Lasko', 'he', 'person']],
    },
    // negative rows: a label of the other sex leaves the pronoun to the last man; one of the same sex keeps her
    {
      name: 'a list label of the other sex leaves "he" to the last man',
      text: 'Tom Beck chaired the meeting.\n\n- Ana Ruiz: "We will not pay," he said.',
      expect: [['Tom Beck', 'he', 'person']],
    },
    {
      name: 'a list label of the same sex',
      text: 'Tom Beck chaired the meeting.\n\n- Ana Ruiz: "We will not pay," she said.',
      expect: [['Ana Ruiz', 'she', 'person']],
    },
    {
      name: 'a one-word outlet with a capital "The" inside the sentence',
      text: 'The plan, The Ledger said, was "dead on arrival".',
      expect: [['the Ledger', 'The Ledger', 'organization']],
    },
    // negative row: a lower-case "the" before a one-word role is a person
    {
      name: 'a role after a lower-case "the"',
      text: '"We will look into it," the Ombudsman said.',
      expect: [['the Ombudsman', 'the Ombudsman', 'person']],
    },
    {
      name: '"It’s" and an -ing form is no noun phrase',
      text: 'The Kell campaign defended its posts. It’s slamming what it calls "a smear like no other."',
      expect: [['It', 'It', null]],
    },
    {
      name: 'an honorific and a surname after a relative clause, the full name shown in passing',
      text: 'Some feared a repeat of Pat Hollern\'s speech in 1998, when Mr. Hollern, who had lost, called for a "culture fight".',
      expect: [['Pat Hollern', 'Mr. Hollern', 'person']],
    },
    // negative row: a given name after "and" starts a person of her own
    {
      name: 'a body\'s name and a person joined by "and"',
      text: 'The Centers for Harbour Safety and Ana Vell met on Monday. "We agree," Vell said.',
      expect: [['Ana Vell', 'Vell', 'person']],
    },
  ];
  for (const row of rows) {
    it(`finds the speaker: ${row.name}`, () => {
      assert.deepEqual(speakers(row.text), row.expect);
    });
  }

  it('reads a body whose name goes on past "for" and "and" as one', () => {
    const a = analyze('The Centers for Harbour Safety and Prevention estimates that 40 ships sank.', { referenceDate: '2025-03-01' });
    checkInvariants(a);
    assert.deepEqual(a.entities, []);
    assert.deepEqual(a.claims.map((c) => c.speaker?.name), ['The Centers for Harbour Safety and Prevention']);
  });
});
