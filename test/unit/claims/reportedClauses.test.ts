import * as assert from 'node:assert/strict';
import { reportedSpeech } from '../../../src/core/extractors/claims/reportedClauses';

describe('reportedSpeech', () => {
  const rows = [
    { text: 'The mayor said that the tunnel will open in May.', clauses: ['the tunnel will open in May.'], attribution: 'indirect', source: 'The mayor' },
    { text: 'The mayor also said on Friday that fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'The mayor' },
    { text: 'The mayor said separately that fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'The mayor' },
    { text: 'The agency reported last month that rents had risen.', clauses: ['rents had risen.'], attribution: 'indirect', source: 'The agency' },
    // negative: "last" inside the clause is no frame before "that"
    { text: 'The mayor said the last ferry had left.', clauses: ['the last ferry had left.'], attribution: 'indirect', source: 'The mayor' },
    // an adverb ending in -ly that is the clause's own word stays in it
    { text: 'The mayor said early elections were likely.', clauses: ['early elections were likely.'], attribution: 'indirect', source: 'The mayor' },
    { text: 'The mayor said THAT fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'The mayor' },
    // negative: "thatched" is no "that"
    { text: 'The mayor said the thatched roofs leak.', clauses: ['the thatched roofs leak.'], attribution: 'indirect', source: 'The mayor' },
    // modifiers between the subject and its verb are no part of the subject, in any case
    { text: 'The mayor has ALSO said that fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'The mayor' },
    { text: 'The mayor quic\u212Aly said that fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'The mayor' },
    // negative: a name that only starts like one
    { text: 'The envoy Alsop said that fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'The envoy Alsop' },
    // negative: a sentence that opens with "When" keeps the frame's subject whole (see also the rows on clauses after a comma)
    { text: 'When the board met, the mayor said fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'the mayor' },
    // a party tag set off after the name is skipped as an age or a home town is
    { text: 'Sen. Ana Hale, D-Ore., argued that fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'Sen. Ana Hale' },
    { text: 'Rep. Tom Kell, R-S.C., said that fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'Rep. Tom Kell' },
    // a participle phrase set off after the subject that opens the sentence is skipped as an age is
    { text: 'The campaign, backed by local traders, said the margin was too narrow.', clauses: ['the margin was too narrow.'], attribution: 'indirect', source: 'The campaign' },
    { text: 'The group, founded in 1990, argued that fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'The group' },
    // a name and a body whose name has "of" inside may take more words than a subject usually does
    { text: 'Dr Luis Ondarra of the Institute of Neurology said the study was flawed.', clauses: ['the study was flawed.'], attribution: 'indirect', source: 'Dr Luis Ondarra of the Institute of Neurology' },
    // auxiliaries between the aside and the verb, and a live report's time before the subject
    { text: 'The chancellor, Nadia Ferrante, has said that fuel duty will rise.', clauses: ['fuel duty will rise.'], attribution: 'indirect', source: 'The chancellor, Nadia Ferrante' },
    { text: '12.31pm: The chancellor, Nadia Ferrante, has told MPs that fuel duty will rise.', clauses: ['fuel duty will rise.'], attribution: 'indirect', source: 'The chancellor, Nadia Ferrante' },
    // negative: a short phrase after the frame stays out
    { text: 'The school will close in July, the council confirmed on Friday, after a vote.', clauses: ['The school will close in July'], attribution: 'indirect', source: 'the council' },
    // a role and its field in lower case, set off after the name
    { text: 'Councillor Deborah Vane, cabinet member for education, said the school would close.', clauses: ['the school would close.'], attribution: 'indirect', source: 'Councillor Deborah Vane' },
    { text: 'Deborah Vane, head of policy at the trust, said the school would close.', clauses: ['the school would close.'], attribution: 'indirect', source: 'Deborah Vane' },
    // negative: deeper in the sentence it may hang off any noun, and the subject stays unknown
    { text: 'A report on Ann Lee, a nurse at the clinic in Tarbury, Wessex, based on accounts from staff, said that she had left.', clauses: ['A report on Ann Lee, a nurse at the clinic in Tarbury, Wessex, based on accounts from staff, said that she had left.'], attribution: 'narrative', source: null },
    { text: 'She told reporters that the plant had closed.', clauses: ['the plant had closed.'], attribution: 'indirect', source: 'She' },
    // a frame that renames the clause before and says something of it leaves that clause narration
    { text: 'Ministers have promised to halve waiting lists by 2030, a target most experts say will be missed.', clauses: ['Ministers have promised to halve waiting lists by 2030, a target most experts say will be missed.'], attribution: 'narrative', source: null },
    { text: 'The council promised 400 homes, which critics say is too few.', clauses: ['The council promised 400 homes, which critics say is too few.'], attribution: 'narrative', source: null },
    // negatives: an inverted frame with nothing after its verb, or an aside after it, credits the clause before
    { text: 'Waiting lists will grow by 2030, a group of experts say.', clauses: ['Waiting lists will grow by 2030'], attribution: 'indirect', source: 'a group of experts' },
    { text: 'Waiting lists will grow, analysts say, as demand rises.', clauses: ['Waiting lists will grow, analysts say, as demand rises.'], attribution: 'indirect', source: 'analysts' },
    // after a long audience and its time, a "that" before a subject opens what was said
    { text: 'Kell told a packed hall at the harbour museum in Tarn on Tuesday that he would not resign.', clauses: ['he would not resign.'], attribution: 'indirect', source: 'Kell' },
    { text: 'Kell told a packed hall at the harbour museum in Tarn that they’d win.', clauses: ['they’d win.'], attribution: 'indirect', source: 'Kell' },
    // a gerund may open the clause after a long audience: "that moving stroke care would add"
    { text: 'Kell told the harbour review panel in April that moving the ferry berth would add 25 minutes.', clauses: ['moving the ferry berth would add 25 minutes.'], attribution: 'indirect', source: 'Kell' },
    // past a name's aside, a verb of its own and "but said" share the sentence's subject
    { text: 'The harbour minister, Vera Lund, welcomed the ruling but said the berths would close.', clauses: ['the berths would close.'], attribution: 'indirect', source: 'The harbour minister, Vera Lund' },
    { text: 'Tom Kell, a spokesman for the port, rejected the plan and said fares would rise.', clauses: ['fares would rise.'], attribution: 'indirect', source: 'Tom Kell' },
    // negatives: a name's aside right before the verb, and a lower-case past form that is the subject's own adjective
    { text: 'The pollster, Ann Lee, said turnout was low.', clauses: ['turnout was low.'], attribution: 'indirect', source: 'The pollster, Ann Lee' },
    { text: 'In Tarn, retired dockers said the berths would close.', clauses: ['the berths would close.'], attribution: 'indirect', source: 'retired dockers' },
    // negative: with no clause after who heard it, the whole frame is the claim; a far "that" before a verb or after a dash is relative
    { text: 'It told the data regulator on March 6, within the legal deadline.', clauses: ['It told the data regulator on March 6, within the legal deadline.'], attribution: 'indirect', source: 'It' },
    { text: 'Kell told a packed hall at the old harbour museum that spilled onto the quay.', clauses: ['Kell told a packed hall at the old harbour museum that spilled onto the quay.'], attribution: 'indirect', source: 'Kell' },
    { text: 'It told the story of the pickers - a labour issue that Kell had raised in May.', clauses: ['It told the story of the pickers - a labour issue that Kell had raised in May.'], attribution: 'indirect', source: 'It' },
    // "declared" an act: a state of emergency or a dividend is its object, and the claim is the whole frame
    { text: 'Governor Ruth Abara declared a state of emergency for the county on Tuesday.', clauses: ['Governor Ruth Abara declared a state of emergency for the county on Tuesday.'], attribution: 'indirect', source: 'Governor Ruth Abara' },
    { text: 'Tarn Mills Inc. declared a 5% stock dividend, payable in May.', clauses: ['Tarn Mills Inc. declared a 5% stock dividend, payable in May.'], attribution: 'indirect', source: 'Tarn Mills Inc.' },
    // an amount after a verb of publishing or pleading is its object
    { text: 'The firm announced 200 new jobs in Leeds.', clauses: ['The firm announced 200 new jobs in Leeds.'], attribution: 'indirect', source: 'The firm' },
    { text: 'The police reported £40,000 in losses.', clauses: ['The police reported £40,000 in losses.'], attribution: 'indirect', source: 'The police' },
    { text: 'Tom Hale admitted 14 counts of fraud in March.', clauses: ['Tom Hale admitted 14 counts of fraud in March.'], attribution: 'indirect', source: 'Tom Hale' },
    // negatives: after "admits" an article opens a clause; "said" takes an amount as what was said
    { text: 'Tom Hale admits the plan failed.', clauses: ['the plan failed.'], attribution: 'indirect', source: 'Tom Hale' },
    { text: 'The mayor said 200 jobs would go.', clauses: ['200 jobs would go.'], attribution: 'indirect', source: 'The mayor' },
    // negative: declared with "that" still reports a clause
    { text: 'The mayor declared that the fire was under control.', clauses: ['the fire was under control.'], attribution: 'indirect', source: 'The mayor' },
    { text: 'According to the regulator, prices fell in every region.', clauses: ['prices fell in every region.'], attribution: 'indirect', source: 'the regulator' },
    { text: 'In the WORDS of the mayor, fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'the mayor' },
    // negative: "as per" only opens the word "permits"
    { text: 'Prices fell as permits lapsed, the regulator said.', clauses: ['Prices fell as permits lapsed'], attribution: 'indirect', source: 'the regulator' },
    { text: 'Prices fell in every region, according to the regulator.', clauses: ['Prices fell in every region'], attribution: 'indirect', source: 'the regulator' },
    { text: 'The port handled fewer ships, the minister has said at a briefing on Monday.', clauses: ['The port handled fewer ships'], attribution: 'indirect', source: 'the minister' },
    {
      text: 'The survey is complete, Ms Okafor said, adding that two depots were empty.',
      clauses: ['The survey is complete', 'two depots were empty.'],
      attribution: 'indirect',
      source: 'Ms Okafor',
    },
    // a move the speaker says something of hands over as "adding" does
    {
      text: 'Ferry fares will rise by 8% in March, the harbour board announced on Friday, in a move it said would fund 40 new berths.',
      clauses: ['Ferry fares will rise by 8% in March', 'would fund 40 new berths.'],
      attribution: 'indirect',
      source: 'the harbour board',
    },
    {
      text: 'Ferry fares will rise by 8% in March, the harbour board said, a step it says will fund 40 new berths.',
      clauses: ['Ferry fares will rise by 8% in March', 'will fund 40 new berths.'],
      attribution: 'indirect',
      source: 'the harbour board',
    },
    // negative: a move nobody is said to speak of stays out
    {
      text: 'Ferry fares will rise by 8% in March, the harbour board announced on Friday, in a move that surprised skippers.',
      clauses: ['Ferry fares will rise by 8% in March'],
      attribution: 'indirect',
      source: 'the harbour board',
    },
    { text: 'The port handled fewer ships last winter.', clauses: ['The port handled fewer ships last winter.'], attribution: 'narrative', source: null },
    // a "that" a verb follows at once is the clause's subject, not the conjunction
    { text: 'Critics say that would cost 1.4 billion pounds.', clauses: ['that would cost 1.4 billion pounds.'], attribution: 'indirect', source: 'Critics' },
    { text: 'The mayor said that was never the plan.', clauses: ['that was never the plan.'], attribution: 'indirect', source: 'The mayor' },
    { text: 'The mayor said that would-be buyers had pulled out.', clauses: ['would-be buyers had pulled out.'], attribution: 'indirect', source: 'The mayor' },
    { text: 'The mayor said that wages would rise.', clauses: ['wages would rise.'], attribution: 'indirect', source: 'The mayor' },
    // frames with no content of their own
    { text: ', he said.', clauses: [], attribution: null, source: 'he' },
    { text: 'He said at a press conference.', clauses: [], attribution: null, source: 'He' },
    { text: '', clauses: [], attribution: null, source: null },
  ] as const;
  for (const row of rows) {
    it(`${row.attribution ?? 'no clause'}: ${JSON.stringify(row.text)}`, () => {
      const result = reportedSpeech(row.text, 0, row.text.length);
      assert.deepEqual(result.clauses.map((c) => row.text.slice(c.start, c.end)), row.clauses);
      for (const c of result.clauses) assert.equal(c.attribution, row.attribution);
      assert.equal(result.source?.text ?? null, row.source);
      if (result.source) assert.equal(row.text.slice(result.source.start, result.source.end), result.source.text);
    });
  }
});

describe('reportedSpeech with narration before the reporting clause', () => {
  const rows = [
    {
      text: 'The bank held its rate on Wednesday, but Governor Elena Marsh said the board was ready to cut.',
      clauses: [['narrative', 'The bank held its rate on Wednesday'], ['indirect', 'the board was ready to cut.']],
      source: 'Governor Elena Marsh',
    },
    {
      text: 'Deputy Governor Paul Okafor, who voted with the majority, said that unemployment had risen.',
      clauses: [['indirect', 'unemployment had risen.']],
      source: 'Deputy Governor Paul Okafor',
    },
    // negatives: a plain trailing frame still reports the clause before it
    { text: 'Fares will rise in May, the mayor said.', clauses: [['indirect', 'Fares will rise in May']], source: 'the mayor' },
    // a comma-delimited phrase that is no aside about the subject stays in the reported clause
    { text: 'The depot closed, in March, the council said.', clauses: [['indirect', 'The depot closed, in March']], source: 'the council' },
    // "and" inside the reported clause is not a conjunction before the subject
    { text: 'Rents rose and wages fell, the agency said.', clauses: [['indirect', 'Rents rose and wages fell']], source: 'the agency' },
  ] as const;
  for (const row of rows) {
    it(`splits ${JSON.stringify(row.text)}`, () => {
      const result = reportedSpeech(row.text, 0, row.text.length);
      assert.deepEqual(
        result.clauses.map((c) => [c.attribution, row.text.slice(c.start, c.end)]),
        row.clauses.map((c) => [...c]),
      );
      if (row.source) assert.equal(result.source?.text, row.source);
    });
  }
});

describe('reportedSpeech: a clause after a comma opened by "after", "because" or "when"', () => {
  const rows = [
    {
      text: 'The board dropped its dredging plan, after engineers said the bill had doubled.',
      clauses: [['The board dropped its dredging plan', 'narrative', null], ['the bill had doubled.', 'indirect', 'engineers']],
    },
    {
      text: 'The deal collapsed last night, when the minister said it was dead.',
      clauses: [['The deal collapsed last night', 'narrative', null], ['it was dead.', 'indirect', 'the minister']],
    },
    // negative: "but" still cuts as before, and a time after the comma is no clause of its own
    { text: 'Fares rose sharply, but the mayor said the levy would stay.', clauses: [['Fares rose sharply', 'narrative', null], ['the levy would stay.', 'indirect', 'the mayor']] },
  ];
  for (const row of rows) {
    it(row.text, () => {
      const result = reportedSpeech(row.text, 0, row.text.length);
      assert.deepEqual(result.clauses.map((c) => [row.text.slice(c.start, c.end), c.attribution, c.source?.text ?? null]), row.clauses);
    });
  }
});

describe('reportedSpeech: the writer\'s clause after an inverted frame', () => {
  const rows = [
    {
      text: 'The school will close in July, the council confirmed on Friday, after its roll fell from 84 to 41.',
      expect: ['The school will close in July | indirect | the council', 'its roll fell from 84 to 41. | narrative | -'],
    },
    {
      text: 'Marchers carried roses, a radio station reported, while in Leeds the parade began with a silence, the Courier reported.',
      expect: ['Marchers carried roses | indirect | a radio station', 'in Leeds the parade began with a silence | indirect | the Courier'],
    },
  ];
  for (const row of rows) {
    it(row.text, () => {
      const result = reportedSpeech(row.text, 0, row.text.length);
      assert.deepEqual(result.clauses.map((c) => `${row.text.slice(c.start, c.end)} | ${c.attribution} | ${c.source?.text ?? '-'}`), row.expect);
    });
  }
});
