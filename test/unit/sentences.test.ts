import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';
import { analyzeThrough } from './throughStage';

const sentencesOf = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentences', () => {
  const rows = [
    { name: 'two plain sentences', text: 'It rained. We stayed in.', expect: ['It rained.', 'We stayed in.'] },
    { name: 'missing space after a full stop', text: 'Allies and Canada.I expect more.', expect: ['Allies and Canada.', 'I expect more.'] },
    { name: 'title abbreviations', text: 'Mr. Smith met Dr. Jones and Gen. Lee.', expect: ['Mr. Smith met Dr. Jones and Gen. Lee.'] },
    { name: 'U.S. and U.K. inside a sentence', text: 'The U.S. and U.K. officials met. Talks ended.', expect: ['The U.S. and U.K. officials met.', 'Talks ended.'] },
    { name: 'U.S. ending a sentence', text: 'She moved to the U.S. The move was hard.', expect: ['She moved to the U.S.', 'The move was hard.'] },
    { name: 'Inc. before a name', text: 'Acme Inc. Chief Executive Jo Park resigned.', expect: ['Acme Inc. Chief Executive Jo Park resigned.'] },
    { name: 'month abbreviation with a day', text: 'It starts on Jan. 5. It ends later.', expect: ['It starts on Jan. 5.', 'It ends later.'] },
    { name: 'initials', text: 'Walter H.W. Dray spoke. Arthur F. Morland did too.', expect: ['Walter H.W. Dray spoke.', 'Arthur F. Morland did too.'] },
    // an abbreviation's stop inside a closing quote ends the quotation's sentence; "No. 5" and a year in brackets do not
    { name: 'a quoted "No." before a new subject', text: 'Mayor Ana Ruiz said: "No." Councillor Tom Beck agreed.', expect: ['Mayor Ana Ruiz said: "No."', 'Councillor Tom Beck agreed.'] },
    { name: 'a quote closing on "U.S."', text: 'He said “I work in the U.S.” Officials disagreed.', expect: ['He said “I work in the U.S.”', 'Officials disagreed.'] },
    { name: '"No." as a number', text: 'The answer was No. 5 on the list.', expect: ['The answer was No. 5 on the list.'] },
    { name: 'a quoted "No." before a year in brackets', text: 'Slogans: “Free pass? No.” (2007) — “Yes to it” (2009).', expect: ['Slogans: “Free pass? No.” (2007) — “Yes to it” (2009).'] },
    { name: 'a quoted "No." before its attribution', text: '"No." he said.', expect: ['"No." he said.'] },
    { name: 'a platform named by one letter', text: 'Ana Ruiz posted the figures on X. Leila Okafor said they were wrong.', expect: ['Ana Ruiz posted the figures on X.', 'Leila Okafor said they were wrong.'] },
    { name: 'a platform named by one letter before a quote', text: 'Ruiz wrote on X. "It is wrong," she said.', expect: ['Ruiz wrote on X.', '"It is wrong," she said.'] },
    // a list item's number stays with its item; a number ending a sentence does not
    { name: 'numbered list items', text: 'Goals:\n1. Cut fees by 40%.\n2) Plant trees.', expect: ['Goals:', '1. Cut fees by 40%.', '2) Plant trees.'] },
    { name: 'a number ending a sentence', text: 'The count was 1. Then came more.', expect: ['The count was 1.', 'Then came more.'] },
    // negative rows: an initial after a preposition before another initial, or after another word, stays inside
    { name: 'two initials after a preposition', text: 'The prize went to J. K. Fenner last year.', expect: ['The prize went to J. K. Fenner last year.'] },
    { name: 'an initial after a name', text: 'They met Anna B. Kowalski on Monday.', expect: ['They met Anna B. Kowalski on Monday.'] },
    { name: 'a quote with its lower-case attribution', text: '"Stop!" she shouted. He left.', expect: ['"Stop!" she shouted.', 'He left.'] },
    { name: 'a quoted question with its named attribution', text: '"Why now?" Dana Kell asked. It was late.', expect: ['"Why now?" Dana Kell asked.', 'It was late.'] },
    { name: 'a party tag with two initials', text: 'Sen. Dana Kell (D-N.Y.) spoke first. Then Ruiz left.', expect: ['Sen. Dana Kell (D-N.Y.) spoke first.', 'Then Ruiz left.'] },
    { name: 'a party tag before a colon', text: 'Rep. Dana Kell (R-S.C.): "Who told you that?" It was late.', expect: ['Rep. Dana Kell (R-S.C.): "Who told you that?"', 'It was late.'] },
    { name: 'an abbreviation before a semicolon', text: 'They met in Washington, D.C.; nothing changed.', expect: ['They met in Washington, D.C.; nothing changed.'] },
    { name: 'a quoted cry with an aside before its verb', text: '"Not us!" Dana Kell, the group\'s head, wrote. It was late.', expect: ['"Not us!" Dana Kell, the group\'s head, wrote.', 'It was late.'] },
    { name: 'a quoted cry before a sentence with an aside', text: '"Not us!" Dana Kell, the group\'s head, left early.', expect: ['"Not us!"', 'Dana Kell, the group\'s head, left early.'] },
    { name: 'a quoted question before a new sentence', text: '"Why now?" Dana Kell left early.', expect: ['"Why now?"', 'Dana Kell left early.'] },
    // a capitalised pronoun after a quoted cry opens a sentence, unless its verb only attributes the quote
    { name: 'a quoted question before a pronoun with an object', text: 'Kell asked, "Why?" She said nothing.', expect: ['Kell asked, "Why?"', 'She said nothing.'] },
    { name: 'a quoted question before a pronoun opening a new quote', text: '"Why?" He answered, "No idea."', expect: ['"Why?"', 'He answered, "No idea."'] },
    { name: 'a quoted cry before a capitalised pronoun and its verb', text: '"Stop!" He shouted at them. It was late.', expect: ['"Stop!" He shouted at them.', 'It was late.'] },
    { name: 'a quoted question before a capitalised pronoun, verb and adverb', text: '"Why?" She asked quietly.', expect: ['"Why?" She asked quietly.'] },
    { name: 'a split inside a mid-sentence quotation', text: 'He said "Stop. Now." and left.', expect: ['He said "Stop. Now." and left.'] },
    { name: 'a multi-sentence quotation opening the sentence', text: '"We act. We win," he said.', expect: ['"We act.', 'We win," he said.'] },
    {
      name: 'a new quote after a sentence that closed a quote opened in the fragment before',
      text: '"Why us? We acted," Kell said, with a look that settled it. "We won."',
      expect: ['"Why us?', 'We acted," Kell said, with a look that settled it.', '"We won."'],
    },
    { name: 'a headline glued to the first line', text: 'Talks resume in Geneva\nThe delegations met on Monday.', expect: ['Talks resume in Geneva', 'The delegations met on Monday.'] },
    { name: 'decimals and money', text: 'It cost $3.5 billion. That is 2.5 percent.', expect: ['It cost $3.5 billion.', 'That is 2.5 percent.'] },
    { name: 'a decimal glued to a scale word', text: 'It is forecast at $2.5bn this year. It grew to 10.6m.', expect: ['It is forecast at $2.5bn this year.', 'It grew to 10.6m.'] },
    { name: 'decimals with currency signs and scales', text: 'Costs hit €1.2bn, then £1.15tn and $2.5B. Fine.', expect: ['Costs hit €1.2bn, then £1.15tn and $2.5B.', 'Fine.'] },
    { name: 'a year before the next sentence', text: 'It began in 2023. The next step came later.', expect: ['It began in 2023.', 'The next step came later.'] },
    { name: 'a number ending a sentence before a digit', text: 'The score was 3. 4 teams left.', expect: ['The score was 3.', '4 teams left.'] },
    // legal and official citations: "v." and a part abbreviation before its number stay inside
    { name: 'a case name with v.', text: 'It cited Harlan Homes Ltd v. Westmoor Council in May.', expect: ['It cited Harlan Homes Ltd v. Westmoor Council in May.'] },
    { name: 'a criminal case name', text: 'The case was R. v. Dene, heard in 2024.', expect: ['The case was R. v. Dene, heard in 2024.'] },
    { name: 'a paragraph cited by number', text: 'The judge said at para. 41 that it erred.', expect: ['The judge said at para. 41 that it erred.'] },
    { name: 'a section cited by number', text: 'He misread s. 12(3) of the Act. It was allowed.', expect: ['He misread s. 12(3) of the Act.', 'It was allowed.'] },
    { name: 'a chapter and a figure', text: 'See ch. 4 and fig. 3 of the report. Nothing else.', expect: ['See ch. 4 and fig. 3 of the report.', 'Nothing else.'] },
    { name: 'a part abbreviation ending a sentence before a word', text: 'It was in the appendix, see para. Then came the vote.', expect: ['It was in the appendix, see para.', 'Then came the vote.'] },
    // a day-first date is whole after its month: a capital word opens a sentence; before a year or after no day it does not
    { name: 'a day-first date before a sentence', text: 'A plan is due by 31 Jan. Patients were unimpressed.', expect: ['A plan is due by 31 Jan.', 'Patients were unimpressed.'] },
    { name: 'an ordinal day-first date before a sentence', text: 'It closed on 1st Feb. Staff left.', expect: ['It closed on 1st Feb.', 'Staff left.'] },
    { name: 'a day-first date before its year', text: 'It closed on 1 Feb. 2026 and reopened.', expect: ['It closed on 1 Feb. 2026 and reopened.'] },
    { name: 'a month with no day before a name', text: 'It was due in Jan. Pell Homes asked for more.', expect: ['It was due in Jan. Pell Homes asked for more.'] },
    { name: 'a month after a three-digit number', text: 'Route 101 Feb. Staff Day came.', expect: ['Route 101 Feb. Staff Day came.'] },
    { name: 'circa before a year', text: 'He was born c. 1950 and died in 2020.', expect: ['He was born c. 1950 and died in 2020.'] },
    { name: 'transcript labels', text: 'Q. How long will it last?\nA. Until March. Perhaps April.', expect: ['Q. How long will it last?', 'A. Until March.', 'Perhaps April.'] },
    // a single quote opened mid-sentence holds its sentences, as a double one does, and is read inside the double one around it
    { name: 'a single quote opened mid-sentence', text: 'He said ‘Stop. Now.’ and left.', expect: ['He said ‘Stop. Now.’ and left.'] },
    { name: 'a single quote opened mid-sentence over two sentences', text: 'She called it ‘unfit. It never was fit.’ Nobody replied.', expect: ['She called it ‘unfit. It never was fit.’', 'Nobody replied.'] },
    {
      name: 'a closed single quote inside an open double one',
      text: 'Dene said, “He told me, ‘Well, fine.’ And I said no. Then we left.” It ended.',
      expect: ['Dene said, “He told me, ‘Well, fine.’ And I said no. Then we left.”', 'It ended.'],
    },
    { name: 'a single quote opening the sentence', text: '‘We act. We win,’ he said.', expect: ['‘We act.', 'We win,’ he said.'] },
    { name: 'a left mark typed for an apostrophe', text: 'He said in ‘08 it was late. Then he left.', expect: ['He said in ‘08 it was late.', 'Then he left.'] },
    { name: 'a left mark typed inside a word', text: 'It was Dene‘s view. Then he left.', expect: ['It was Dene‘s view.', 'Then he left.'] },
    { name: 'a left mark typed for the apostrophe of ‘em', text: 'She said to me she had six of ‘em here. Then she left.', expect: ['She said to me she had six of ‘em here.', 'Then she left.'] },
    // a clock time goes on through its zone, day or month; another capital word opens a sentence
    { name: 'a clock time before a new sentence', text: 'The strike begins at 5 p.m. Union leaders were defiant.', expect: ['The strike begins at 5 p.m.', 'Union leaders were defiant.'] },
    { name: 'a clock time before a name', text: 'The vote is at 4 p.m. Dene said it would pass.', expect: ['The vote is at 4 p.m.', 'Dene said it would pass.'] },
    { name: 'a clock time and its day and zone', text: 'It starts at 5 p.m. Monday and ends at 9 a.m. ET on Friday.', expect: ['It starts at 5 p.m. Monday and ends at 9 a.m. ET on Friday.'] },
    { name: 'a clock time and its dotted zone', text: 'It starts at 9 p.m. E.T. on the stream.', expect: ['It starts at 9 p.m. E.T. on the stream.'] },
    { name: 'a clock time and its place', text: 'It opens at 5 p.m. Moscow time on Friday.', expect: ['It opens at 5 p.m. Moscow time on Friday.'] },
    { name: 'a clock time and its month', text: 'It was 9 a.m. March 3 when it fell.', expect: ['It was 9 a.m. March 3 when it fell.'] },
    { name: 'a clock time and a named zone', text: 'It opens at 5 p.m. Eastern on Friday.', expect: ['It opens at 5 p.m. Eastern on Friday.'] },
    { name: 'no final stop', text: 'A line without a stop', expect: ['A line without a stop'] },
    { name: 'sentences never cross paragraphs', text: 'One\n\ntwo.', expect: ['One', 'two.'] },
    { name: 'empty file', text: '', expect: [] },
  ];
  for (const row of rows) {
    it(`splits sentences: ${row.name}`, () => assert.deepEqual(sentencesOf(row.text), row.expect));
  }

  it('names each sentence s1… with its paragraph', () => {
    const a = analyze('It rained. We left.\n\nDone.');
    assert.deepEqual(a.sentences.map((s) => [s.id, s.paragraphId]), [['s1', 'p1'], ['s2', 'p1'], ['s3', 'p2']]);
  });

  it('covers a 1 MB paragraph without a blank line in pieces', () => {
    const text = 'The council met again and the talks went on. '.repeat(23000);
    const a = analyzeThrough('sentences', text);
    checkInvariants(a);
    assert.ok(a.sentences.length > 20000);
  });
});
