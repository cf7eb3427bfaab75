import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [speaker mention, entity type] (nulls when unattributed). */
const speakers = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes
    .filter((q) => !q.parentId)
    .map((q) => [q.speaker?.mention.text ?? null, a.entities.find((e) => e.id === q.speaker?.entityId)?.type ?? null]);
};

describe('speaker phrases with digits, compounds and documents', () => {
  const cueRows = [
    { name: 'a pronoun with "’s" joined to it, without the "’s"', text: 'Dana Kell spoke in Leeds. She’s telling supporters that "we will win."', expect: [['She', 'person']] },
    { name: 'a pronoun with "\'s" before a past participle', text: 'Tom Hale spoke in Leeds. He\'s said that "we will win."', expect: [['He', 'person']] },
    { name: 'a name with particles before the verb', text: '"It is late," Greta von der Hale said.', expect: [['Greta von der Hale', 'person']] },
    { name: 'a name with a particle set off by commas', text: 'The board met. Its chair, Ana de Vell, told reporters that "it is late."', expect: [['Ana de Vell', 'person']] },
    // a bare plural after a word that opens a clause is that clause's subject, not the end of a noun phrase before it
    { name: 'a bare plural after "after"', text: 'The board dropped its plan after engineers said the cost was "out of reach."', expect: [['engineers', 'group']] },
    { name: 'a bare plural after "because"', text: 'The school shut its gym because parents said it was "unsafe."', expect: [['parents', 'group']] },
    // negative row: a passive after the opener is no speaker
    { name: 'a passive bare plural is no speaker', text: 'When rebels are described as "lone wolves," nobody objects.', expect: [[null, null]] },
    // in a list, the dash that opens the next item signs no quote
    { name: 'quotes in a list of labelled items', text: 'What officials said:\n- Mayor Ana Lopez: "We will cut taxes by 5%."\n- Council member Tom Reyes: "Rents rose 18%."', expect: [['Mayor Ana Lopez', 'person'], ['Council member Tom Reyes', 'person']] },
    // negative row: a dashed line after a quote that ends its paragraph still signs it
    { name: 'a dashed signature after a quote', text: '"We will not give up."\n- Marta Ruiz, at a rally', expect: [['Marta Ruiz', 'person']] },
    // a title's "for" makes the body or person after it its object: the title speaks, and the name keeps its own entity
    { name: 'a spokeswoman for a company', text: 'A spokeswoman for Veltrix Holdings said: "It is wrong."', expect: [['A spokeswoman for Veltrix Holdings', 'person']] },
    { name: 'a spokesperson for a federation', text: 'A spokesperson for the Federation of Bus Drivers said: "We will strike."', expect: [['A spokesperson for the Federation of Bus Drivers', 'person']] },
    { name: 'a lawyer for someone, then that someone', text: 'A lawyer for Dana Kell said: "It is wrong." Later, "We appeal," Kell said.', expect: [['A lawyer for Dana Kell', 'person'], ['Kell', 'person']] },
    // negative rows: "for" after a word that is no title, and a plain description
    { name: 'not "for" after a word that is no title', text: 'Votes for Dana Kell rose. "We won," Kell said.', expect: [['Kell', 'person']] },
    { name: 'a spokesman for a lower-case body', text: 'A spokesman for the ministry said: "It is wrong."', expect: [['A spokesman for the ministry', 'person']] },
    // an unnamed source or witness is one person, not a document or a group, and not the last person named
    { name: 'a source close to an audit', text: 'Tom Hale spoke. A source close to the audit said: "He is gone."', expect: [['A source close to the audit', 'person']] },
    { name: 'a source', text: 'Tom Hale spoke. A source said: "He is gone."', expect: [['A source', 'person']] },
    { name: 'the source, then the same source', text: 'Tom Hale spoke. One source said: "He is gone." The source said: "For good."', expect: [['One source', 'person'], ['The source', 'person']] },
    // "the source" is not the last person named
    { name: 'not the last person named, for "the source"', text: 'Tom Hale spoke. The source said: "He is gone."', expect: [['The source', 'person']] },
    // negative row: "It’s" opens no speaker
    { name: '"It’s" is no speaker', text: 'Dana Kell spoke in Leeds. It’s "a great day" for the town.', expect: [[null, null]] },
    // negative rows: a preposition's object, a clause or a time is no speaker, even as a clause's subject
    { name: 'no speaker from a preposition\'s object', text: 'The mayor called for an "expedited review" of Harbour’s pipes and said the levy would rise.', expect: [[null, null]] },
    { name: 'no speaker from a "that" clause', text: 'The law has a limit: the rule that you can’t shout "fire" in a hall.', expect: [[null, null]] },
    { name: 'a description that opens with "the" still speaks', text: 'The two lawmakers wrote to the board. "We do not understand the need," the two write.', expect: [['the two', 'group']] },
    { name: 'a date compound before the name, verb first', text: '"Nobody listened to us," said 9/11 widow Mara Quill.', expect: [['9/11 widow Mara Quill', 'person']] },
    { name: 'a date compound before the name, verb last', text: '"Nobody listened to us," 9/11 widow Mara Quill said.', expect: [['Mara Quill', 'person']] },
    { name: 'a year before the title', text: '"We ran a clean race," said 2014 candidate Omar Pell.', expect: [['2014 candidate Omar Pell', 'person']] },
    { name: 'a currency figure in a group\'s name before the title', text: '"Wages come first," Fight for $15 organizer Dana Fells told the crowd.', expect: [['organizer Dana Fells', 'person']] },
    { name: 'a compound inside a description', text: '"We were never told," the 9/11 commission said.', expect: [['the 9/11 commission', 'organization']] },
    { name: 'two adjectives split by a comma, verb last', text: '"I have seen worse," the soft-spoken, 64-year-old envoy said.', expect: [['the soft-spoken, 64-year-old envoy', 'person']] },
    { name: 'two adjectives split by a comma, verb first', text: '"I have seen worse," said a tall, quiet man.', expect: [['a tall, quiet man', 'person']] },
    { name: 'the thing a participle\'s agent describes', text: '"Costs will double," a memo obtained by The Harbour Courier said.', expect: [['a memo', 'document']] },
    { name: '"according to" a noun for a trade', text: 'According to his physician, the mayor is in "excellent" health.', expect: [['his physician', 'person']] },
    { name: '"according to" a readout after a quote', text: 'Pell met his counterpart "to discuss the harbour," according to a ministry readout.', expect: [['a ministry readout', 'document']] },
    { name: 'a share of those asked', text: 'Asked about the plan, 41 percent said "too costly" and 12 percent said "worth it."', expect: [['41 percent', 'group'], ['12 percent', 'group']] },
    { name: 'a share written with a sign', text: 'Of those polled, 38% said the fee was "unfair."', expect: [['38%', 'group']] },
    { name: 'a quote closed before "and" keeps the cue before it', text: 'Pell called the bill "a sham" and Quill said it was "a fraud."', expect: [['Pell', 'person'], ['Quill', 'person']] },
    { name: '"as … put it" before the quote', text: 'As Pell put it, the levy is "a tax on hope."', expect: [['Pell', 'person']] },
    { name: '"as … put it" after the quote', text: 'The levy is "a tax on hope," as a Treasury memo put it.', expect: [['a Treasury memo', 'document']] },
    { name: '"as … puts it" with an outlet\'s writer', text: 'As the Courier’s Ana Ruiz puts it, Pell wants "a deal."', expect: [['Ana Ruiz', 'person']] },
    { name: 'a quote set off by dashes takes the cue before it', text: 'Pell lamented the delay - "why wait?" - as voters who watched said little.', expect: [['Pell', 'person']] },
    { name: 'a crowd that chants', text: '“Lock the gates,” the crowd chanted.', expect: [['the crowd', 'group']] },
    { name: 'protesters who chant before the quote', text: 'At the rally, protesters chanted “Not our mayor” for an hour.', expect: [['protesters', 'group']] },
    // negative row: "chants" as a noun is no cue
    { name: 'chants as a noun', text: 'Their chants of “Quill!” faded.', expect: [[null, null]] },
    {
      name: 'a closing cue with an appositive after the name',
      text: 'The pledge to “take the city back” appeals to older voters, who miss the past, said Ana Ruiz, a demographer at Leeds.',
      expect: [['Ana Ruiz', 'person']],
    },
    // negative row: a comma-set clause with no reporting verb closes the sentence
    { name: 'a closing clause with no cue', text: 'The pledge to “take the city back” appeals to voters, who miss the past, and to their children.', expect: [[null, null]] },
    { name: 'a verb outside the lexicon with words of manner before a colon', text: 'When Hale suggested a deal, Pell fired back forcefully: “That is absurd.”', expect: [['Pell', 'person']] },
    { name: 'a verb outside the lexicon and its object before a colon', text: 'Quill scolded him: “You should be ashamed.”', expect: [['Quill', 'person']] },
    // negative rows: a reporting verb and its hearers, or a time, before the colon
    { name: 'told reporters before a colon', text: 'Quill told reporters: "We won."', expect: [['Quill', 'person']] },
    { name: 'a time before the colon', text: 'When Hale spoke, Quill said on Monday: "We won."', expect: [['Quill', 'person']] },
    // negative rows: one dash only, before the cue; dashes around a quote whose cue comes first
    { name: 'a dash between a quote and its cue', text: '"We will win" - Quill said.', expect: [['Quill', 'person']] },
    { name: 'a cue, then a quote between dashes', text: 'Quill said - "we will win" - and left.', expect: [['Quill', 'person']] },
    { name: '"as … put it" around an appositive', text: 'Few expected a vote. As Ana Ruiz, the No. 2 in the party, put it: "This will not pass."', expect: [['Ana Ruiz', 'person']] },
    // negative rows: "as" with another verb, "put" without "it", "put it" with a particle
    { name: '"put it off" is no cue', text: 'As the vote neared, Quill put it off, and Pell said it was "a delay."', expect: [['Pell', 'person']] },
    { name: '"as … said" after the quote', text: '"We will win," as Pell said before.', expect: [['Pell', 'person']] },
    { name: '"put" without "it" is no cue', text: 'As Pell put the box down, Quill said "careful."', expect: [['Quill', 'person']] },
    { name: '"as" inside the quote', text: 'Pell wants it "as soon as possible," Quill said.', expect: [['Quill', 'person']] },
    // negative rows: a figure that is no one's share; a clause after "but" whose cue is inverted still names the speaker
    { name: 'a percentage that is no subject', text: 'Turnout rose 5 percent, Quill said, calling it "a win."', expect: [['Quill', 'person']] },
    { name: '"but" then an inverted cue', text: '"They have no choice" but to advertise, says Omar Pell.', expect: [['Omar Pell', 'person']] },
    // negative rows: marks set apart by spaces are no compound; a participle without "by" keeps its agent reading
    { name: 'a slash set apart by spaces ends the description', text: '"We were never told," said the 9 / 11 panel.', expect: [['the 9', 'group']] },
    { name: 'a price in the quote\'s sentence is no speaker', text: 'Pell paid $15 for "a ticket to nowhere."', expect: [['Pell', 'person']] },
    { name: 'a name after "by" with no participle before it', text: '"Costs will double," said Omar Pell by the door.', expect: [['Omar Pell', 'person']] },
    { name: 'a noun for a trade is no speaker before a plain verb', text: '"Sixty delegates," the number needed to win, was out of reach.', expect: [[null, null]] },
    { name: 'a comma after a place phrase is no pair of adjectives', text: 'After the vote, officials said it was "a mess."', expect: [['officials', 'group']] },
    { name: 'a comma after a verb is no pair of adjectives', text: '"We will see," the mayor said, smiling.', expect: [['the mayor', 'person']] },
  ];
  for (const row of cueRows) {
    it(`finds the speaker: ${row.name}`, () => {
      assert.deepEqual(speakers(row.text), row.expect);
    });
  }

  const documentRows = [
    { name: 'a report', text: '"Costs will rise," the report said.', expect: [['the report', 'document']] },
    { name: 'a statement that reads', text: '"We stand with the families," read the statement.', expect: [['the statement', 'document']] },
    { name: 'an order with its date', text: '"The claim is speculative," the order released Friday said.', expect: [['the order', 'document']] },
    { name: '"it" after a document spoke', text: '"Costs will rise," the report said. "Jobs will go," it added.', expect: [['the report', 'document'], ['it', 'document']] },
    { name: '"From the report:" before a quote', text: 'Not all panels are equal. From the report: “Samples with more weighting did better.”', expect: [['the report', 'document']] },
    { name: '"From" a possessive post', text: 'Aides say Pell will help. From Pell’s campaign post: "We stand together."', expect: [['Pell’s campaign post', 'document']] },
    // negative rows: "from" a time or a place is no source
    { name: '"From the start:" is no source', text: 'From the start: "We will win," Quill said.', expect: [['Quill', 'person']] },
    { name: '"from" a place before a colon', text: 'Quill came from Leeds: "I grew up there."', expect: [['Quill', 'person']] },
    // negative rows: a group and a campaign stay organisations; people stay people
    { name: 'a group in a statement', text: '"We will appeal," the group said in a statement.', expect: [['the group', 'organization']] },
    { name: 'a campaign', text: '"We will appeal," the Pell campaign said.', expect: [['the Pell campaign', 'organization']] },
    { name: 'a spokesman', text: '"We will appeal," the spokesman said.', expect: [['the spokesman', 'person']] },
    { name: 'a passive verb of telling names the one told', text: 'According to the handbook, the recruits were told, "Sell the feeling."', expect: [['the handbook', 'document']] },
  ];
  for (const row of documentRows) {
    it(`types the speaker: ${row.name}`, () => {
      assert.deepEqual(speakers(row.text), row.expect);
    });
  }
});
