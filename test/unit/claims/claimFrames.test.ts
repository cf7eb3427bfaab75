import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { checkInvariants } from '../invariants';

const DATELINE = 'date 2024-03-01 Council briefing\n\n';
/** Every candidate's text, whatever its score: the spans are what these rows test. */
const spans = (body: string): string[] => {
  const a = analyze(DATELINE + body, { allClaims: true });
  checkInvariants(a);
  return a.claims.map((c) => c.text);
};

describe('claims: a reporting frame is no claim of its own', () => {
  const rows = [
    // a frame that only names the speaker of the quote beside it
    { text: '"The levy will fund two new berths," said Ann Lee, a former harbour official.', expect: ['The levy will fund two new berths'] },
    { text: '"The levy will fund two new berths," Ann Lee, the harbour chief, said in an interview.', expect: ['The levy will fund two new berths'] },
    { text: '"The levy will fund two new berths," Councillor Ann Lee, a Liberal, told the mayor at the dinner.', expect: ['The levy will fund two new berths'] },
    { text: 'The mayor ended the meeting warmly when she said, "We have kept every promise we made."', expect: ['We have kept every promise we made.'] },
    { text: 'Soon after the vote, the harbour chief posted this: "The levy passed by a wide margin tonight."', expect: ['The levy passed by a wide margin tonight.'] },
    { text: 'When asked about the budget, Ms. Lee said, "The levy covers the whole cost of the berths."', expect: ['The levy covers the whole cost of the berths.'] },
    { text: 'In the notes for the council meeting, Ms. Lee wrote:', expect: [] },
    { text: '"The levy passed," Ms. Lee said, referring to the vote held by the council on Monday.', expect: ['The levy passed'] },
    // negatives: a frame with content of its own keeps it
    { text: 'Rents rose 12 percent last year, "the steepest rise in a decade," the agency said.', expect: ['Rents rose 12 percent last year', 'the steepest rise in a decade'] },
    { text: '"The levy passed," Ms. Lee said, adding that the berths would open in May.', expect: ['The levy passed', 'the berths would open in May.'] },
    { text: 'The council has said, according to two reports, that the berths would open in May.', expect: ['according to two reports, that the berths would open in May.'] },
    { text: 'The harbour chief said the levy had raised 3 million euros in its first year.', expect: ['the levy had raised 3 million euros in its first year.'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(spans(row.text), row.expect));
});

describe('claims: a frame inside or before a reported clause', () => {
  const rows = [
    // the frame set off by commas sits inside one claim
    { text: 'By closing the old pier, Ms. Lee said, the port saved 2 million euros a year.', expect: ['By closing the old pier, Ms. Lee said, the port saved 2 million euros a year.'] },
    { text: 'A lower levy, the minister said, would bring back the ferry lines.', expect: ['A lower levy, the minister said, would bring back the ferry lines.'] },
    // an opening phrase before the frame is no claim: the content follows the verb
    { text: 'In a report released on Monday, the agency said rents had risen 12 percent.', expect: ['rents had risen 12 percent.'] },
    { text: 'In an interview last week, Ms. Lee acknowledged that the levy was too low.', expect: ['the levy was too low.'] },
    // a relative clause inside the opening phrase asserts something of its own: the article's narration
    { text: 'In Marlow Vale, where the river burst its banks twice last winter, residents said the wall was late.', expect: ['In Marlow Vale, where the river burst its banks twice last winter', 'the wall was late.'] },
    { text: 'At the marina, where a berth costs £9,500 a year, managers said demand was falling.', expect: ['At the marina, where a berth costs £9,500 a year', 'demand was falling.'] },
    { text: 'LEVY VOTE LOOMS As the vote nears, Ms. Lee said the berths would cost 4 million euros.', expect: ['the berths would cost 4 million euros.'] },
    // a reporting word that is no verb: a name, a modifier, a passive
    { text: 'As a United States territory, the island cannot file for bankruptcy.', expect: ['As a United States territory, the island cannot file for bankruptcy.'] },
    { text: 'As an added benefit, the new berths will take larger ships.', expect: ['As an added benefit, the new berths will take larger ships.'] },
    { text: 'Member states are expected to vote on the levy in April.', expect: ['Member states are expected to vote on the levy in April.'] },
    { text: 'The council met, and the reports were due in May for every berth.', expect: ['The council met, and the reports were due in May for every berth.'] },
    // a clause opened by "if" is no claim alone: the sentence is
    { text: 'If the two met about the levy, neither side would say so.', expect: ['If the two met about the levy, neither side would say so.'] },
    // a verb before its speaker: the clause before it is the speaker's
    { text: 'Turnout rose to 61 percent, said Ann Lee, a pollster at the university.', expect: ['Turnout rose to 61 percent'] },
    // "adding" after an inverted speaker: what follows is the speaker's claim, as is what comes before the verb
    { text: '"We are ready," said Ann Lee, adding that 50 percent of members agreed.', expect: ['We are ready', '50 percent of members agreed.'] },
    { text: 'Turnout rose to 61 percent, said Ann Lee, adding that the count was late.', expect: ['Turnout rose to 61 percent', 'the count was late.'] },
    // a name set off after its description: the content after the verb
    { text: 'The pollster, Ann Lee, said turnout rose to 61 percent.', expect: ['turnout rose to 61 percent.'] },
    // negatives: a place set off by commas is no name; a clause after "said" is no speaker
    { text: 'Cory Hale, 22, of Leeds, West Yorks., said he was late.', expect: ['he was late.'] },
    // a weekday between the verb and "that" is no part of the claim
    { text: 'Ann Kell said Wednesday that the berths were late.', expect: ['the berths were late.'] },
    { text: 'The berths cost 4 million euros, said the report was wrong.', expect: ['The berths cost 4 million euros, said the report was wrong.'] },
    // negatives: a clause before a plain frame is the claim; a frame going on with its time is not set off
    { text: 'In March the depot closed, the council said.', expect: ['In March the depot closed'] },
    { text: 'The depot closed in March, the council said.', expect: ['The depot closed in March'] },
    { text: 'Fares will rise in May, the mayor said on Tuesday, after a review of the budget.', expect: ['Fares will rise in May'] },
    { text: 'The levy passed, Ms. Lee said, but the berths are still unfunded.', expect: ['The levy passed'] },
    // a frame inside a clause whose subject is one or two words: one claim, the frame inside it
    { text: 'The levy, the mayor said, was too low for the berths.', expect: ['The levy, the mayor said, was too low for the berths.'] },
    // negative: an opening phrase before the frame, and a clause with its own subject after it
    { text: 'In May, the mayor said, the berths were still unfunded.', expect: ['the berths were still unfunded.'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(spans(row.text), row.expect));
});

describe('claims: pasted rows, links and rules are no claims', () => {
  const rows = [
    { text: 'Rents rose 4% in 2023.\n\n2020 | 2021 | 2022\n\nhttps://example.org/report-2024.pdf', expect: ['Rents rose 4% in 2023.'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(spans(row.text), row.expect));
});

describe('claims: a quote that is no content of its own', () => {
  const rows = [
    { text: 'The troupe is staging a comedy called "Sons of the Harbour" at the old theatre.', expect: ['The troupe is staging a comedy called "Sons of the Harbour" at the old theatre.'] },
    { text: 'The report describes the rage and "eruptive" behaviour of the former director.', expect: ['The report describes the rage and "eruptive" behaviour of the former director.'] },
    { text: '"Sons of the Harbour" is an adaptation of an older play about the port.', expect: ['"Sons of the Harbour" is an adaptation of an older play about the port.'] },
    // negatives: speech stays apart from its frame
    { text: '"The levy will fund two new berths," she said.', expect: ['The levy will fund two new berths'] },
    { text: 'The mayor said: "The levy will fund two new berths."', expect: ['The levy will fund two new berths.'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(spans(row.text), row.expect));
});

describe('claims: a reporting verb with an object or a topic, not a clause', () => {
  const rows = [
    { text: 'The harbour chief announced her retirement after twenty years.', expect: ['The harbour chief announced her retirement after twenty years.'] },
    { text: 'The mayor wrote of the flood in her memoir.', expect: ['The mayor wrote of the flood in her memoir.'] },
    { text: '"The levy favours the big lines," the clerk said of the vote.', expect: ['The levy favours the big lines'] },
    // negatives: a clause after the verb, an amount after "about"
    { text: 'The agency said about 2,300 homes had been at risk.', expect: ['about 2,300 homes had been at risk.'] },
    { text: 'The ministry said the berths would open in May.', expect: ['the berths would open in May.'] },
    // a publishing verb before an article may have a clause after it: the whole sentence keeps it readable
    { text: 'The ministry announced the berths would open in May.', expect: ['The ministry announced the berths would open in May.'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(spans(row.text), row.expect));
});

describe('claims: narration, then a conjunction, then a frame', () => {
  const rows = [
    {
      text: 'Ann Lee had been due to open the berth in Riverton, but on Thursday, the council announced she was not coming.',
      expect: ['Ann Lee had been due to open the berth in Riverton', 'she was not coming.'],
    },
    // negative: with nothing after the verb, the clause before the frame is the claim
    { text: 'The depot closed, but only in March, the council said.', expect: ['The depot closed, but only in March'] },
    { text: 'Its mandate was to fund power lines when the island was known as "the poorest port of the coast," with trade in decline.', expect: ['Its mandate was to fund power lines when the island was known as "the poorest port of the coast," with trade in decline.'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(spans(row.text), row.expect));
});

describe('claims: the speaker after an inverted frame', () => {
  const rows = [
    { text: 'Turnout rose to 61 percent, said Ann Lee, a pollster at the university.', speaker: 'Ann Lee' },
    { text: 'Turnout rose to 61 percent, said the minister.', speaker: 'minister' },
    // a name set off by commas after its description speaks
    { text: 'The pollster, Ann Lee, said turnout rose to 61 percent.', speaker: 'Ann Lee' },
    { text: "The port's chief executive, Maria Okonjo, said the berths would cost 4 million euros.", speaker: 'Maria Okonjo' },
    // an age, a home town and its region, and one description stand between a subject and its verb
    { text: 'Cory Hale, 22, of Leeds, West Yorks., said the berths were late.', speaker: 'Cory Hale' },
    { text: 'Cory Hale, 22, a nurse, said the berths were late.', speaker: 'Cory Hale' },
    // negative: a second description is the subject itself, after an opening phrase
    { text: 'Last month, the Courier, a weekly paper, revealed that the berths were late.', speaker: 'Courier' },
    // a phrase of time or place set off by commas, and a name after its description with an aside after it
    { text: 'Kell, in an interview on Friday, said the berths were late.', speaker: 'Kell' },
    { text: 'The mayor of Leeds, Ann Kell, a Liberal, said Tuesday that the berths were late.', speaker: 'Ann Kell' },
    // negative: a region left after a town that ends a longer clause names no one
    { text: 'Ann Kell, who lost her job in Tarbury, Wessex, in May 2019, said that the berths were late.', speaker: null },
    // negative: a time after the verb names no one
    { text: 'Turnout rose to 61 percent, said in an interview.', speaker: null },
  ];
  for (const row of rows) {
    it(row.text, () => {
      const a = analyze(DATELINE + row.text, { allClaims: true });
      checkInvariants(a);
      assert.equal(a.claims.length, 1);
      const name = a.claims[0].speaker?.name ?? null;
      if (row.speaker === null) assert.equal(name, null);
      else assert.ok(name?.includes(row.speaker), `speaker ${name}`);
    });
  }
});
