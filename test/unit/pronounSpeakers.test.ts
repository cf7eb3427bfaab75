import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [speaker name, speaker mention] (nulls when unattributed). */
const speakers = (text: string) => {
  const a = analyze(text, { referenceDate: '2026-03-02' });
  checkInvariants(a);
  return a.quotes.filter((q) => !q.parentId).map((q) => [q.speaker?.name ?? null, q.speaker?.mention.text ?? null]);
};

describe('pronoun speakers: whom the pronoun can mean', () => {
  const rows = [
    {
      name: 'a pronoun is not the person its own clause names after the verb',
      text: 'Hal Dorrance spoke first. Pell says he is tall. "He is always calling me little," Pell said.\n\nDorrance\'s bid not to engage in attacks did not last long. He called Pell "little" several times.',
      expect: [['Pell', 'Pell'], ['Hal Dorrance', 'He']],
    },
    {
      name: 'the person told is not the teller',
      text: 'Mark Tolver spoke at the rally. Ben Ostrand asked Tolver how high the fence would be.\n\n"It could be ten feet," he told Ostrand.',
      expect: [['Mark Tolver', 'he']],
    },
    {
      name: 'the person asked is not the asker',
      text: 'Luke Haddon had waited an hour at the forum. Senator Rob Ostrova talked about housing. He asked Ostrova about "the two million" people deported.',
      expect: [['Luke Haddon', 'He']],
    },
    {
      name: 'a possessive name in the same clause is not the pronoun either',
      text: 'Gil Marner met Sam Vickery on Monday. Vickery spoke first. Then he praised Vickery\'s plan as "a real start".',
      expect: [['Gil Marner', 'he']],
    },
    // negative rows: a name in another clause, set off, or after an article may still be the pronoun's
    {
      name: 'a name in a clause after "that" may be the pronoun\'s own',
      text: 'Tom Trask is raising questions about the debate. He says that the panel found a fault with Trask\'s microphone, and "it was no accident".',
      expect: [['Tom Trask', 'He']],
    },
    {
      name: 'a name after an article is a kind, not someone else',
      text: 'Tom Trask had been reading from a script for weeks. By Tuesday, he was back to the Trask of old, calling the plan "a disaster".',
      expect: [['Tom Trask', 'he']],
    },
    {
      name: 'a plain pronoun speaker after the subject is unchanged',
      text: 'Rolf Brandt praised Tom Hale on Monday. "We agree on the port," he said.',
      expect: [['Rolf Brandt', 'he']],
    },
    {
      name: 'a relative named in full is someone else',
      text: 'Tom Kell spoke at the launch. He thanked his wife Ana Kell for "every single day" of the campaign.',
      expect: [['Tom Kell', 'He']],
    },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(speakers(row.text), row.expect));
  }
});

describe('pronoun speakers: the sex a speaker shows', () => {
  const rows = [
    {
      name: '"saying she" before a quote shows the speaker is a woman',
      text: 'Mark Dorrance spoke first. Olsen has tangled with Dorrance once, saying she was "appalled". "We disagree," he said.',
      expect: [['Olsen', 'Olsen'], ['Mark Dorrance', 'he']],
    },
    // negative row: "saying he" about someone else of that sex just named leaves the speaker's sex open
    {
      name: '"saying she" right after another woman was the subject',
      text: 'Mary Dorrance spoke first. Olsen answered, saying she was "appalled". "We disagree," he said.',
      expect: [['Olsen', 'Olsen'], ['Olsen', 'he']],
    },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(speakers(row.text), row.expect));
  }
});

describe('description speakers: a place in the description and a bare title', () => {
  const rows = [
    {
      name: 'a place before the title someone is known by bare',
      text: 'Sen. Ada Rusk spoke first. "We need the money," the Vermont senator said. "All of it," she added.',
      expect: [['Ada Rusk', 'the Vermont senator'], ['Ada Rusk', 'she']],
    },
    {
      name: 'a place and a second title after the one someone is known by',
      text: 'Sen. Mark Rubin responded first. "I have been warning about this," the Florida senator and presidential candidate said.',
      expect: [['Mark Rubin', 'the Florida senator and presidential candidate']],
    },
    // negative rows: a bare title of another office, and a known place that differs, are someone else
    {
      name: 'a place before a title the subject does not hold',
      text: 'President Tom Hale spoke first. "We need the money," the Vermont senator said.',
      expect: [['the Vermont senator', 'the Vermont senator']],
    },
    {
      name: 'a place other than the one the subject is known by',
      text: 'Texas Sen. Tom Kell spoke first. "We need the money," the Vermont senator said.',
      expect: [['the Vermont senator', 'the Vermont senator']],
    },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(speakers(row.text), row.expect));
  }
});

describe('pronoun speakers: a known man or woman before a newcomer of unknown sex', () => {
  const rows = [
    {
      name: 'a host named in passing does not outrank the man named before',
      text: 'The festival honoured John Lenz on Monday.\n\nIn a conversation with Radio Nine host Alyona Mirska about his new comedy, the actor discussed farming. "Just imagine, you are a city kid," he said.',
      expect: [['John Lenz', 'he']],
    },
    // negative row: someone set before the clause is still whom a later pronoun means
    {
      name: 'a newcomer set before the clause by "To"',
      text: 'The festival honoured Harriet Lorne on Monday.\n\nTo professor Maeve Tolland, who has studied the river for years, the plan comes "far too late," she said.',
      expect: [['Maeve Tolland', 'she']],
    },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(speakers(row.text), row.expect));
  }
});
