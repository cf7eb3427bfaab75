import * as assert from 'node:assert/strict';
import { candidatesOf, describeClaim } from './candidatesOf';

/** Every candidate as "text | speaker | attribution", whatever its score. */
const read = (body: string): string[] => candidatesOf(body).map(describeClaim);
function table(title: string, rows: readonly { text: string; expect: string[] }[]): void {
  describe(title, () => {
    for (const row of rows) it(JSON.stringify(row.text), () => assert.deepEqual(read(row.text), row.expect));
  });
}

table('claims: a courtesy title with a full stop inside an according-to source', [
  { text: 'According to Ms. Orla Brenn, the port had set aside 25 million euros.', expect: ['the port had set aside 25 million euros. | Orla Brenn | indirect'] },
  { text: 'According to Dr. Brenn, the clinic had treated 400 patients in May.', expect: ['the clinic had treated 400 patients in May. | Brenn | indirect'] },
  { text: 'The clinic had treated 400 patients in May, according to Mr. Tavi Oduya.', expect: ['The clinic had treated 400 patients in May | Tavi Oduya | indirect'] },
  // negatives: no title, or a stop that ends the sentence
  { text: 'According to Orla Brenn, the port had set aside 25 million euros.', expect: ['the port had set aside 25 million euros. | Orla Brenn | indirect'] },
  { text: 'The port set aside 25 million euros. According to plan, the berths open in May.', expect: ['The port set aside 25 million euros. | - | narrative', 'the berths open in May. | plan | indirect'] },
]);

table('claims: "estimates / forecasts / projects / calculates that" report what a body said', [
  { text: 'The ministry estimates that 14,000 strokes occur each year.', expect: ['14,000 strokes occur each year. | The ministry | indirect'] },
  { text: 'Analysts forecast that growth will slow to 1.2% next year.', expect: ['growth will slow to 1.2% next year. | Analysts | indirect'] },
  { text: 'The bank projects that inflation will reach 3% by March.', expect: ['inflation will reach 3% by March. | The bank | indirect'] },
  { text: 'The fund calculated that the plan would cost 4 billion euros.', expect: ['the plan would cost 4 billion euros. | The fund | indirect'] },
  // negatives: the same words as nouns, "that" opening a relative clause
  { text: 'The estimates that officials published last week showed 40 deaths.', expect: ['The estimates that officials published last week showed 40 deaths. | - | narrative'] },
  { text: 'The projects that the council funded cost 3 million euros.', expect: ['The projects that the council funded cost 3 million euros. | - | narrative'] },
]);

table('claims: a wire credit line is no claim', [
  { text: 'Talks resumed on Thursday.\n\n(Reporting by Lena Vogt; editing by Marco Ruiz)', expect: ['Talks resumed on Thursday. | - | narrative'] },
  { text: 'Talks resumed on Thursday.\n\nWriting by Ann Lee; Additional reporting by Tom Hale; Editing by Cory Dunn', expect: ['Talks resumed on Thursday. | - | narrative'] },
  { text: 'Talks resumed on Thursday.\n\n(Reporting by Lena Vogt in Halden)', expect: ['Talks resumed on Thursday. | - | narrative'] },
  // negatives: "reporting by" inside a sentence of its own
  { text: 'Reporting by the agency found 40 cases of fraud in the port.', expect: ['Reporting by the agency found 40 cases of fraud in the port. | - | narrative'] },
  { text: '(Reporting by the agency found 40 cases; the port denied it.)', expect: ['(Reporting by the agency found 40 cases; the port denied it.) | - | narrative'] },
]);

table('claims: a wire dateline with the day and the agency', [
  { text: 'HALDEN, Oct 9 (Wire) \u2014 Negotiators resumed talks in Halden on Thursday after a pause.', expect: ['Negotiators resumed talks in Halden on Thursday after a pause. | - | narrative'] },
  { text: 'PORT HALDEN, March 3, 2024 (Newsline) - The navy has sent 400 sailors to the port.', expect: ['The navy has sent 400 sailors to the port. | - | narrative'] },
  // negative: a date inside the sentence stays
  { text: 'The navy sent 400 sailors to HALDEN, Oct 9 (Wire) - a record for the port.', expect: ['The navy sent 400 sailors to HALDEN, Oct 9 (Wire) - a record for the port. | - | narrative'] },
]);

table('claims: a description after an opening phrase is the subject, asides after it', [
  { text: 'In Halden, a port official, speaking on condition of anonymity, said the berths would cost 4 million euros.', expect: ['the berths would cost 4 million euros. | a port official | indirect'] },
  // negatives: a relative clause as the one aside; a name before its description; one aside only
  { text: 'On Monday, a council spokesman, who declined to be named, said the levy had raised 2 million euros.', expect: ['the levy had raised 2 million euros. | a council spokesman | indirect'] },
  { text: 'Ann Kell, a port official, speaking after the vote, said the berths would cost 4 million euros.', expect: ['the berths would cost 4 million euros. | Ann Kell | indirect'] },
  { text: 'In Halden, a port official said the berths would cost 4 million euros.', expect: ['the berths would cost 4 million euros. | a port official | indirect'] },
]);

table('claims: "told X on Monday night that" leaves the audience and the time out', [
  { text: 'The minister told local radio on Wednesday night that the plan would cost 5 million euros.', expect: ['the plan would cost 5 million euros. | the minister | indirect'] },
  { text: 'Ann Kell told reporters late on Monday evening that the berths were late.', expect: ['the berths were late. | Ann Kell | indirect'] },
  // negatives: no part of the day; a night that is the topic
  { text: 'The minister told local radio on Wednesday that the plan would cost 5 million euros.', expect: ['the plan would cost 5 million euros. | the minister | indirect'] },
  { text: 'The minister told local radio that night shifts at the port would end in May.', expect: ['night shifts at the port would end in May. | the minister | indirect'] },
]);

table('claims: the body behind a document, without the time it came out', [
  { text: 'The Alliance won 47.3% of the vote, according to provisional results released by the electoral board shortly after midnight.', expect: ['The Alliance won 47.3% of the vote | the electoral board | indirect'] },
  { text: 'Turnout rose to 61%, according to figures from the statistics office on Monday.', expect: ['Turnout rose to 61% | the statistics office | indirect'] },
  { text: 'Turnout rose to 61%, according to unofficial results released by the board.', expect: ['Turnout rose to 61% | the board | indirect'] },
  // negatives: a place, not a time, closes the source; a short document before its participle stays as it was
  { text: 'Turnout rose to 61%, according to officials in Leeds.', expect: ['Turnout rose to 61% | officials in Leeds | indirect'] },
  { text: 'Turnout rose to 61%, according to a survey released on Thursday.', expect: ['Turnout rose to 61% | a survey | indirect'] },
]);

table('claims: a reporting word in -s after a preposition is a noun', [
  { text: 'The levy was spent on harbours in states that border the sea, the minister said.', expect: ['The levy was spent on harbours in states that border the sea | the minister | indirect'] },
  // negatives: "projects that" as a noun and its relative clause; the verb after its subject
  { text: 'The fund will spend 2 billion euros on roads, on bridges and on projects that would cut travel times.', expect: ['The fund will spend 2 billion euros on roads, on bridges and on projects that would cut travel times. | - | narrative'] },
  { text: 'The fund projects that the roads will cost 2 billion euros.', expect: ['the roads will cost 2 billion euros. | The fund | indirect'] },
]);

describe('claims: a commitment word after a possessive noun is a noun, as after "his"', () => {
  const rows = [
    { text: "The court ruled that the levy breached the charter's guarantee of equal taxation for every port.", expect: 'factual' },
    { text: "The board rejected the unions' pledge of a shorter week at the port.", expect: 'factual' },
    // negatives: "'s" for "has"; the verb itself
    { text: "He's pledged to cut the harbour levy by a fifth next year.", expect: 'commitment' },
    { text: 'The ministry has guaranteed a rise in pay for every nurse.', expect: 'commitment' },
  ];
  for (const row of rows) it(JSON.stringify(row.text), () => assert.deepEqual(candidatesOf(row.text).map((c) => c.type), [row.expect]));
});

table('claims: "X said …, while Y insisted …" gives each speaker a clause', [
  { text: 'Port chief Ann Kell said the offer was final, while Tavi Oduya insisted the dockers would stay out.', expect: ['the offer was final | Ann Kell | indirect', 'the dockers would stay out. | Tavi Oduya | indirect'] },
  { text: 'Ann Kell said the levy would fund 40 berths, but the harbour board argued that the port needed none.', expect: ['the levy would fund 40 berths | Ann Kell | indirect', 'the port needed none. | the harbour board | indirect'] },
  // negatives: no second verb; a poll share as the second subject; a phrase, not a subject, after "but"
  { text: 'Ann Kell said the levy would fund 40 berths, while the port was busy.', expect: ['the levy would fund 40 berths, while the port was busy. | Ann Kell | indirect'] },
  { text: 'Most members said the offer was fair, while 30 percent said it was too low.', expect: ['the offer was fair, while 30 percent said it was too low. | Most members | indirect'] },
  { text: 'Ann Kell said the berths were late, but in a later interview said they were on time.', expect: ['the berths were late, but in a later interview said they were on time. | Ann Kell | indirect'] },
]);

table('claims: a sentence whose subject gives a verdict in quotes is that speaker\'s', [
  { text: 'Dr. Orla Brenn, a surgeon at Halden General who was not involved in the study, called the findings "reassuring but not surprising."', expect: ['Dr. Orla Brenn, a surgeon at Halden General who was not involved in the study, called the findings "reassuring but not surprising." | Orla Brenn | indirect'] },
  { text: 'Tavi Oduya called the harbour levy "a tax on every family in the port."', expect: ['Tavi Oduya called the harbour levy "a tax on every family in the port." | Tavi Oduya | indirect'] },
  // negative: a quote that names a thing
  { text: 'The port opened a new ferry line called "Harbour Link" with two boats.', expect: ['The port opened a new ferry line called "Harbour Link" with two boats. | - | narrative'] },
]);
