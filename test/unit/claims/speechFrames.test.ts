import * as assert from 'node:assert/strict';
import { candidatesOf, describeClaim } from './candidatesOf';

/** Every candidate as "text | speaker | attribution", whatever its score. */
const read = (body: string): string[] => candidatesOf(body).map(describeClaim);

describe('claims: a role of a body set off after the name', () => {
  const rows = [
    { text: 'Rhona Veldt, chair of the Harbour Users Forum, said that berth fees had doubled.', expect: ['berth fees had doubled. | Rhona Veldt | indirect'] },
    { text: 'Tomas Brill, director of the Port Office, said the levy would fund two berths.', expect: ['the levy would fund two berths. | Tomas Brill | indirect'] },
    { text: 'Ines Kalder, head of policy at Harbour Watch, said the rules were weak.', expect: ['the rules were weak. | Ines Kalder | indirect'] },
    // negative: no role word, no skipping back to the name
    { text: 'Rents, none of the Harbour Forum, said the rules were weak.', expect: ['Rents, none of the Harbour Forum, said the rules were weak. | - | narrative'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: a phrase before the speaker is no part of the claim', () => {
  const rows = [
    { text: 'In a statement, Rhona Veldt said 40,000 tickets remained unsold.', expect: ['40,000 tickets remained unsold. | Rhona Veldt | indirect'] },
    { text: 'On Tuesday, the harbour manager, Rhona Veldt, said 40,000 tickets remained unsold.', expect: ['40,000 tickets remained unsold. | Rhona Veldt | indirect'] },
    // negative: a frame set off by real commas stays inside one claim
    { text: 'A lower levy, the minister said, would bring back the ferry lines.', expect: ['A lower levy, the minister said, would bring back the ferry lines. | the minister | indirect'] },
    // "that" after a lead: the lead is narration, the clause the speaker's
    {
      text: 'Days before its earnings report, the ferry company said on Thursday that sailings were cut by 1,200.',
      expect: ['Days before its earnings report | - | narrative', 'sailings were cut by 1,200. | the ferry company | indirect'],
    },
    { text: 'The levy is paying off for the port: he said the port raised about 100,000 euros in a week.', expect: ['The levy is paying off for the port | - | narrative', 'the port raised about 100,000 euros in a week. | - | indirect'] },
    { text: 'Tomas Brill said on Friday the levy had raised 3 million euros.', expect: ['the levy had raised 3 million euros. | Tomas Brill | indirect'] },
    // negative: "on Friday at a rally" is all frame
    { text: 'Tomas Brill said on Friday at a rally.', expect: [] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: a relative "that" after the frame\'s noun', () => {
  const rows = [
    { text: 'Tomas Brill said in an interview that was broadcast on Sunday that fares would rise.', expect: ['fares would rise. | Tomas Brill | indirect'] },
    { text: 'Tomas Brill said in a post that was viewed more than 2 million times.', expect: [] },
    // negative: the conjunction after a phrase of time
    { text: 'Tomas Brill said in May that the port was busy.', expect: ['the port was busy. | Tomas Brill | indirect'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: ", saying …" after a verb that is no reporting verb', () => {
  const rows = [
    { text: 'Rhona Veldt defended the plan, saying the council would save 1.4 million euros.', expect: ['the council would save 1.4 million euros. | Rhona Veldt | indirect'] },
    { text: 'Veldt rejected that, saying she had met the crews twice.', expect: ['she had met the crews twice. | Veldt | indirect'] },
    { text: 'Rhona Veldt criticised the board, saying at a meeting in Hove that the fees were too high.', expect: ['the fees were too high. | Rhona Veldt | indirect'] },
    // negatives: a subject with a relative clause, a passive
    { text: 'Crews who worked nights rejected the offer, saying it was too low.', expect: ['Crews who worked nights rejected the offer, saying it was too low. | - | narrative'] },
    { text: 'The plan was rejected, saying it was too low.', expect: ['The plan was rejected, saying it was too low. | - | narrative'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: a finding reported by a document after the clause', () => {
  const rows = [
    { text: 'Crews who worked nights were 25% less likely to stay a year, a study found.', expect: ['Crews who worked nights were 25% less likely to stay a year | a study | indirect'] },
    { text: 'Fares rose in every port, the survey showed.', expect: ['Fares rose in every port | the survey | indirect'] },
    // a body whose trade is finding, or "it" for one named before, reports a finding as a document does
    { text: 'Three of the 26 berths were unsafe, the three-member panel found.', expect: ['Three of the 26 berths were unsafe | the three-member panel | indirect'] },
    { text: 'Night crews were 25% less likely to stay, researchers found.', expect: ['Night crews were 25% less likely to stay | researchers | indirect'] },
    { text: 'The Harbour Audit Office published its review. Three of the 26 berths were unsafe, it found.', expect: ['The Harbour Audit Office published its review. | - | narrative', 'Three of the 26 berths were unsafe | - | indirect'] },
    // numbers that show a finding, named without an article and published when the frame says
    { text: 'Ferry fares rose 4% in the year to March, Harbour Board figures published on Thursday show.', expect: ['Ferry fares rose 4% in the year to March | Harbour Board | indirect'] },
    { text: 'She sold the quay in 2010 for £3m, land records show.', expect: ['She sold the quay in 2010 for £3m | land records | indirect'] },
    // negative: a conjunction opens no description of the document
    { text: 'Ferry fares rose 4% in the year to March, and figures show.', expect: ['Ferry fares rose 4% in the year to March, and figures show. | - | narrative'] },
    // negative: "found" with an object is no frame
    { text: 'Fares rose in every port, and inspectors found a leak.', expect: ['Fares rose in every port, and inspectors found a leak. | - | narrative'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: an answering verb followed by a time is no speech', () => {
  const rows = [
    { text: 'Opposition leader Rhona Veldt replied within the hour.', expect: [] },
    { text: 'The ferry company responded hours later.', expect: [] },
    // negatives: the answer's content
    { text: 'Rhona Veldt replied that the fees had been cut twice.', expect: ['the fees had been cut twice. | Rhona Veldt | indirect'] },
    { text: 'Rhona Veldt replied within the hour that the fees had been cut twice.', expect: ['the fees had been cut twice. | Rhona Veldt | indirect'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: a relative pronoun is no speaker', () => {
  const rows = [
    { text: 'The biggest gains came in the ferry trade, which added 9,000 jobs in January.', expect: ['The biggest gains came in the ferry trade, which added 9,000 jobs in January. | - | narrative'] },
    { text: 'That suggests a lack of confidence in the harbour board.', expect: ['That suggests a lack of confidence in the harbour board. | - | narrative'] },
    // negative: a subject with its own relative clause still speaks
    { text: 'Rhona Veldt, who chairs the board, said the fees were too high.', expect: ['the fees were too high. | Rhona Veldt | indirect'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: a title before the name after an inverted verb', () => {
  const rows = [
    { text: 'The ferry count is falling, said Dr. Rhona Veldt.', expect: ['The ferry count is falling | Rhona Veldt | indirect'] },
    { text: 'The ferry count is falling, said Sen. Tomas Brill, a member of the board.', expect: ['The ferry count is falling | Tomas Brill | indirect'] },
    // negatives: a stop after a name or a role still ends the speaker
    { text: 'The ferry count is falling, said Rhona Veldt. She gave no figure.', expect: ['The ferry count is falling | Rhona Veldt | indirect', 'She gave no figure. | - | narrative'] },
    { text: 'The ferry count is falling, said the harbour master. Tomas Brill agreed.', expect: ['The ferry count is falling | the harbour master | indirect', 'Tomas Brill agreed. | - | narrative'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: "for …" after the verb is frame, not what was said', () => {
  const rows = [
    { text: '"The fee is plain theft," Judge Rhona Veldt wrote for the majority.', expect: ['The fee is plain theft | Rhona Veldt | direct'] },
    { text: '"The fee is plain theft," Tomas Brill said for the second time.', expect: ['The fee is plain theft | Tomas Brill | direct'] },
    // negatives: a "that" after the phrase still hands over its clause; a verb taking a clause directly keeps it
    { text: 'Judge Rhona Veldt wrote for the majority that the fee was unlawful.', expect: ['the fee was unlawful. | Rhona Veldt | indirect'] },
    { text: 'Judge Rhona Veldt said the fee was unlawful.', expect: ['the fee was unlawful. | Rhona Veldt | indirect'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: a partial quote closing a reported clause after an aside', () => {
  const rows = [
    { text: 'Veldt said her rival, Tomas Brill, "ran a clean race."', expect: ['her rival, Tomas Brill, "ran a clean race." | Veldt | indirect'] },
    { text: 'Veldt said the levy, which passed easily, "will change the harbour."', expect: ['the levy, which passed easily, "will change the harbour." | Veldt | indirect'] },
    // negatives: after the verb's own comma, with a frame after it, or with a capital, the quote is the content
    { text: 'Veldt said, "the levy will change the harbour."', expect: ['the levy will change the harbour. | Veldt | direct'] },
    { text: 'Asked about the levy, "it will change the harbour," Veldt said.', expect: ['it will change the harbour | Veldt | direct'] },
    { text: 'According to Veldt, "the levy will change the harbour."', expect: ['the levy will change the harbour. | Veldt | direct'] },
    { text: 'Veldt told reporters, "the levy will change the harbour."', expect: ['the levy will change the harbour. | Veldt | direct'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: "as X put it" after a quote is no claim', () => {
  const rows = [
    { text: 'If the grant goes, "we lose a third of the fleet overnight," as our harbour master put it last week.', expect: ['If the grant goes | - | narrative', 'we lose a third of the fleet overnight | our harbour master | direct'] },
    { text: '"The levy is theft," as Rhona Veldt puts it.', expect: ['The levy is theft | Rhona Veldt | direct'] },
    // negative: a clause of its own after the tag stays a claim
    { text: '"The levy is theft," as Rhona Veldt put it, and the board cut it by 40 percent in May.', expect: ['The levy is theft | Rhona Veldt | direct', 'as Rhona Veldt put it, and the board cut it by 40 percent in May. | - | narrative'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});

describe('claims: a short frame that hands over to its quote with "that" is no claim of its own', () => {
  const rows = [
    { text: 'Ministers had pledged in 2021 that "no harbour town will be left behind".', expect: ['no harbour town will be left behind | Ministers | direct'] },
    { text: 'He vowed that "the berths will reopen by spring".', expect: ['the berths will reopen by spring | - | direct'] },
    // negatives: a frame that tells something besides, or holds a figure, stays a claim
    {
      text: 'The mayor suspended the ferry service on Wednesday evening, telling crews at the harbour office that "the season is over".',
      expect: ['The mayor suspended the ferry service on Wednesday evening, telling crews at the harbour office that | - | narrative', 'the season is over | the mayor | direct'],
    },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(read(row.text), row.expect));
});
