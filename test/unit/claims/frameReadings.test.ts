import * as assert from 'node:assert/strict';
import { candidatesOf } from './candidatesOf';

const DATELINE = 'date 2025-03-14 Council briefing\n\n';

interface Row {
  readonly text: string;
  /** Every candidate's text and speaker name (null: none), whatever its score. */
  readonly expect: readonly (readonly [string, string | null])[];
}

/** The candidates of `body` as [text, speaker] pairs. */
const claimsOf = (body: string): [string, string | null][] => candidatesOf(body, DATELINE).map((c) => [c.text, c.speaker?.name ?? null]);

function table(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    for (const row of rows) it(row.text, () => assert.deepEqual(claimsOf(row.text), row.expect));
  });
}

table('claims: a word in -ing right after the verb opens the reported clause', [
  { text: 'Lena Holt said spending rose by 6 percent.', expect: [['spending rose by 6 percent.', 'Lena Holt']] },
  { text: 'Lena Holt said housing costs rose sharply last year.', expect: [['housing costs rose sharply last year.', 'Lena Holt']] },
  // negatives: set off by a comma it goes on with the frame; a pronoun in -ing opens no clause
  { text: '"The levy passed," Ms. Holt said, referring to the vote held by the council on Monday.', expect: [['The levy passed', 'Holt']] },
  { text: 'Lena Holt said something about the levy at the meeting.', expect: [] },
]);

table('claims: a phrase opened by a participle before the subject is no claim', [
  { text: 'Writing for the majority, Judge Lena Holt said the levy broke the harbour charter.', expect: [['the levy broke the harbour charter.', 'Lena Holt']] },
  { text: 'Pressed on the cost, the mayor said the berths would cost 4 million euros.', expect: [['the berths would cost 4 million euros.', 'the mayor']] },
  // a name set off by commas inside the phrase leaves it one phrase
  { text: 'Asked about calls from the minister, Paul Reyes, for lower fares, the mayor said the berths would cost 4 million euros.', expect: [['the berths would cost 4 million euros.', 'the mayor']] },
  // negative: a subject in -ing with the frame set inside the claim
  { text: 'Raising the levy, the mayor said, would hurt the ferry lines.', expect: [['Raising the levy, the mayor said, would hurt the ferry lines.', 'the mayor']] },
]);

table('claims: "add" with an amount and "to" is a sum, not speech', [
  { text: 'The storm added 40 minutes to the crossing.', expect: [['The storm added 40 minutes to the crossing.', null]] },
  { text: 'Each year of delay adds roughly €3 billion to the bill.', expect: [['Each year of delay adds roughly €3 billion to the bill.', null]] },
  // negatives: "added" before a clause or "that" reports it
  { text: 'Lena Holt added that 40 berths were empty.', expect: [['40 berths were empty.', 'Lena Holt']] },
  { text: 'Lena Holt added 30 percent of the berths would stay empty.', expect: [['30 percent of the berths would stay empty.', 'Lena Holt']] },
]);

table('claims: who was told is no part of what was said', [
  { text: 'Lena Holt told parliament the deficit would double by 2030.', expect: [['the deficit would double by 2030.', 'Lena Holt']] },
  { text: 'Lena Holt told the harbour board the berths would open in May.', expect: [['the berths would open in May.', 'Lena Holt']] },
  { text: 'Lena Holt told them 40 berths would close.', expect: [['40 berths would close.', 'Lena Holt']] },
  // negatives: a preposition goes on with the object; where the clause cannot be told from who heard it, the whole frame is the claim
  { text: 'Lena Holt told the story of the harbour at the meeting.', expect: [['Lena Holt told the story of the harbour at the meeting.', 'Lena Holt']] },
  { text: 'Lena Holt told reporters in Leeds the deficit would double.', expect: [['Lena Holt told reporters in Leeds the deficit would double.', 'Lena Holt']] },
]);

table('claims: the verb of an aside about the subject is not the frame', [
  { text: 'Inspector Lena Holt, who wrote the foreword, said the harbour was in the worst state in 25 years.', expect: [['the harbour was in the worst state in 25 years.', 'Lena Holt']] },
  // negative: with no verb after it, the aside's own verb reports
  { text: 'Lena Holt, who said the levy was too low, resigned on Monday.', expect: [['Lena Holt, who said the levy was too low, resigned on Monday.', 'Lena Holt']] },
]);

table('claims: a name with particles set off by commas, and a frame handing over with "that"', [
  { text: 'The finance minister, Pieter van der Holt, told parliament last week that "the gap is manageable."', expect: [['the gap is manageable.', 'Pieter van der Holt']] },
  { text: 'The harbour chief, Jan de Vries, said the berths would open in May.', expect: [['the berths would open in May.', 'Jan de Vries']] },
]);

table('claims: a comma inside a quoted phrase, and a verb sharing its subject', [
  { text: 'Ravi Mehta called the plan "too little, too late" and said 30% of patients would still wait.', expect: [['30% of patients would still wait.', 'Ravi Mehta']] },
  { text: 'The harbour chief criticised the levy and said the berths would cost 4 million euros.', expect: [['the berths would cost 4 million euros.', 'The harbour chief']] },
  // negatives: a comma before the closing mark still ends a clause; "when" opens no subject of its own
  { text: 'On the radio show "Harbour Hour," Ravi Mehta said the berths were late.', expect: [['the berths were late.', 'Ravi Mehta']] },
  {
    text: 'When the harbour board of the old city met in May and said the berths were late, the mayor resigned.',
    expect: [['When the harbour board of the old city met in May and said the berths were late, the mayor resigned.', null]],
  },
]);

table('claims: a plural noun in -s is no reporting verb', [
  { text: 'The other states voting in May are Leeds and Hove.', expect: [['The other states voting in May are Leeds and Hove.', null]] },
  { text: 'Ministers of member-states meeting in Hove agreed on a levy of 4 percent.', expect: [['Ministers of member-states meeting in Hove agreed on a levy of 4 percent.', null]] },
  // negative: after an article the verb reports
  { text: 'The report states that rents rose by 6 percent.', expect: [['rents rose by 6 percent.', 'The report']] },
]);

table('claims: a pronoun falls back to the last speaker only when it can stand for that person', [
  { text: 'Kurt Brandt said rents rose by 5%. He said wages fell by 2% last year.', expect: [['rents rose by 5%.', 'Kurt Brandt'], ['wages fell by 2% last year.', 'Kurt Brandt']] },
  { text: 'Anna Berg said rents rose by 5%. She said wages fell by 2% last year.', expect: [['rents rose by 5%.', 'Anna Berg'], ['wages fell by 2% last year.', 'Anna Berg']] },
  // negatives: the given name, or the text's own pronoun, says the last speaker is not "she"
  { text: 'Kurt Brandt said rents rose by 5%. She said wages fell by 2% last year.', expect: [['rents rose by 5%.', 'Kurt Brandt'], ['wages fell by 2% last year.', null]] },
  { text: '"Rents rose," Dov Reiss said. "Wages fell," he said. She said the levy doubled to €4 million.', expect: [['the levy doubled to €4 million.', null]] },
]);

table('claims: one name set off by commas after a description speaks', [
  { text: 'The national water utility, AquaNor, said supplies to farms would be cut by a third.', expect: [['supplies to farms would be cut by a third.', 'AquaNor']] },
  { text: 'The finance minister, Berg, said the deficit would double by 2030.', expect: [['the deficit would double by 2030.', 'Berg']] },
  // negative: a name set off inside the clause is a parenthetical frame
  { text: 'The plan, Berg said, would double the deficit by 2030.', expect: [['The plan, Berg said, would double the deficit by 2030.', 'Berg']] },
]);

table('claims: a document or its figures opening the sentence is the source of what they found', [
  { text: 'Police data published in January show 4,812 violent crimes were recorded in 2025.', expect: [['4,812 violent crimes were recorded in 2025.', 'Police data']] },
  { text: 'A harbour poll found last week that most ferry users backed the levy.', expect: [['most ferry users backed the levy.', 'A harbour poll']] },
  { text: 'The study found that 40% of nurses had left.', expect: [['40% of nurses had left.', 'The study']] },
  // a comma in a number ends no clause before the verb
  { text: 'A new survey of 2,000 voters suggests support for the levy has fallen.', expect: [['support for the levy has fallen.', 'A new survey of 2,000 voters']] },
  // negative rows: too short a finding keeps its frame; figures that find nothing stay narration
  { text: 'The poll found in May that 40% agreed.', expect: [['The poll found in May that 40% agreed.', null]] },
  { text: 'The figures for the harbour are stark this year.', expect: [['The figures for the harbour are stark this year.', null]] },
]);

table('claims: a name set off after the description an inverted verb names is the speaker', [
  { text: 'The harbour will reopen in May, said its spokeswoman, Helena Grau.', expect: [['The harbour will reopen in May', 'Helena Grau']] },
  // negative rows: no name after the comma, and a clause after it
  { text: 'The harbour will reopen in May, said its spokeswoman.', expect: [['The harbour will reopen in May', 'its spokeswoman']] },
  { text: 'The harbour will reopen in May, said the mayor, who spoke in Leeds.', expect: [['The harbour will reopen in May', 'the mayor']] },
]);
