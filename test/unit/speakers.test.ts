import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [speaker name, mention, cue] (nulls when unattributed). */
const attributions = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => !q.parentId).map((q) => [q.speaker?.name ?? null, q.speaker?.mention.text ?? null, q.speaker?.cue?.text ?? null]);
};

const INTRO = 'Health Minister Laura Okafor visited the hospital on Friday. ';

describe('speakers', () => {
  const rows = [
    { name: '"…," he said', text: `${INTRO}"We need more nurses," she said.`, expect: [['Laura Okafor', 'she', 'said']] },
    { name: '"…," said NAME', text: '"We need more nurses," said Laura Okafor.', expect: [['Laura Okafor', 'Laura Okafor', 'said']] },
    { name: 'NAME said: "…"', text: 'Okafor said: "We need more nurses."', expect: [['Okafor', 'Okafor', 'said']] },
    { name: 'an organisation in a statement', text: '"The plan is final," the ministry said in a statement.', expect: [['the ministry', 'the ministry', 'said']] },
    { name: 'According to him', text: `${INTRO}According to her, "the wards are full."`, expect: [['Laura Okafor', 'her', 'According to']] },
    { name: 'According to NAME', text: 'According to Okafor, "the wards are full."', expect: [['Okafor', 'Okafor', 'According to']] },
    { name: 'a dash before the cue', text: `${INTRO}"The wards are full" – she said.`, expect: [['Laura Okafor', 'she', 'said']] },
    { name: 'he said, adding that "…"', text: `${INTRO}She said, adding that the staff were "exhausted and underpaid."`, expect: [['Laura Okafor', 'She', 'adding']] },
    { name: 'a partial quote in reported speech', text: 'Okafor said hospitals should "hire faster".', expect: [['Okafor', 'Okafor', 'said']] },
    { name: 'a cue between two halves', text: '"The wards," Okafor added, "are full."', expect: [['Okafor', 'Okafor', 'added'], ['Okafor', 'Okafor', 'added']] },
    { name: 'a quote continued after one cue', text: '"The wards are full," Okafor said. "We need help."', expect: [['Okafor', 'Okafor', 'said'], ['Okafor', 'Okafor', null]] },
    { name: 'an appositive between name and verb', text: '"We act now," Laura Okafor, the health minister, said.', expect: [['Laura Okafor', 'Laura Okafor', 'said']] },
    { name: 'a verb outside the lexicon after a comma-ended quote', text: '"Nobody listens," Okafor sighed heavily.', expect: [['Okafor', 'Okafor', 'sighed']] },
    { name: 'a pronoun with no one before it', text: '"We act now," he said.', expect: [['he', 'he', 'said']] },
    { name: 'a subject before "is" and a quotation is no speaker', text: 'The plan is "a disaster" for Leeds.', expect: [[null, null, null]] },
    { name: 'a title stays unattributed', text: 'She read "War and Peace" twice.', expect: [[null, null, null]] },
    { name: 'scare quotes stay unattributed', text: 'The so-called "reform" was delayed.', expect: [[null, null, null]] },
    { name: 'a quote in the next paragraph without a cue is not continued', text: '"Yes," Okafor said.\n\nThe weather changed. "Rain" was forecast.', expect: [['Okafor', 'Okafor', 'said'], [null, null, null]] },
    { name: 'the clause subject when no reporting verb is near', text: 'After the vote, Okafor called the plan "a reckless gamble" in a radio interview.', expect: [['Okafor', 'Okafor', 'called']] },
    { name: 'a subject with a verb outside the lexicon', text: 'Ines Moreau knocked the proposal as "an expensive detour" on Monday.', expect: [['Ines Moreau', 'Ines Moreau', 'knocked']] },
    { name: 'a possessive subject', text: 'Okafor’s lawyers cited old rulings to argue she is "plainly eligible" for the post.', expect: [['Okafor’s lawyers', 'Okafor’s lawyers', 'cited']] },
    { name: 'a title after "told" is not speech', text: 'Okafor told the weekly "Harbour Voices" about the plan.', expect: [[null, null, null]] },
    { name: 'a title that opens a sentence without a comma is no one\'s words', text: '"Harbour Lights" star Ana Ruiz said the show would end.', expect: [[null, null, null]] },
    { name: 'a title-case quote with its comma waits for its cue', text: '"Word Is Out," Ana Ruiz said.', expect: [['Ana Ruiz', 'Ana Ruiz', 'said']] },
    { name: 'a title-case quote ending in a nested quote and its comma waits for its cue', text: '"Her Favourite Is \'Harbour Lights,\'" Ana Ruiz said.', expect: [['Ana Ruiz', 'Ana Ruiz', 'said']] },
    { name: 'a question and its named attribution are one sentence', text: '"Why wait?" Okafor asked. "We know enough."', expect: [['Okafor', 'Okafor', 'asked'], ['Okafor', 'Okafor', null]] },
    { name: 'a surname that is also a title word', text: '"We act now," Ana Pope, the deputy adviser, said.', expect: [['Ana Pope', 'Ana Pope', 'said']] },
    { name: 'a name set off by commas after a description', text: 'The head of the union, Dana Kell, warned that a strike would be "long and bitter".', expect: [['Dana Kell', 'Dana Kell', 'warned']] },
    { name: 'a clause joined by "and" after a partial quote is no attribution', text: 'Okafor said Kell has been "a great help," and Democrats would need to "work harder" for months.', expect: [['Okafor', 'Okafor', 'said'], ['Okafor', 'Okafor', 'said']] },
    { name: 'a phrase of time is no subject', text: 'Dana Kell spoke first. Kell, who has in the past described the plan as "a reckless gamble", left.', expect: [['Dana Kell', 'who', 'described']] },
    { name: 'no cue from a relative clause in the next sentence', text: '"Why us? We acted," Kell said, with a look that almost suggested that it was over. "We won."', expect: [['Kell', 'Kell', 'said'], ['Kell', 'Kell', null]] },
    { name: 'a name before ", who" is a person a later "she" can mean', text: '"She is a dear neighbour," Tom told Odile Brel, who opened her gate on Monday and said she would sign.\n\n"We farm near Leeds," Vasko said. "We walked here since she is a loyal neighbour."\n\nBrel was moved by the call. "I am delighted!" she said.', expect: [['Tom', 'Tom', 'told'], ['Vasko', 'Vasko', 'said'], ['Vasko', 'Vasko', null], ['Odile Brel', 'she', 'said']] },
    { name: 'an aside with a list before the verb', text: 'Tom Brel met Piet Loos, the port director.\n\nLoos, who served in Iran, Turkey and France, praised Brel. He left early.\n\n"It went well," he told the paper.', expect: [['Piet Loos', 'he', 'told']] },
    { name: 'a lower-case title between capitalised words', text: '"I do not know," said undecided Labour voter Stephanie Hooton of Derby.', expect: [['Stephanie Hooton', 'undecided Labour voter Stephanie Hooton', 'said']] },
    { name: 'a long title is the speaker, not the noun after its "of" nor a phrase after its verb', text: 'Dana Kell spoke first on Monday.\n\nThe Labour party front-runner and former foreign secretary of state said the navy "clearly" needed more ships.\n\n"We will see," she said.', expect: [['Dana Kell', 'The Labour party front-runner and former foreign secretary of state', 'said'], ['Dana Kell', 'she', 'said']] },
    { name: 'a title of many words before its verb', text: 'Dana Kell spoke on Tuesday.\n\nSpeaking on the radio, the former governor of Ohio and current Green party nominee said she wanted to talk “straight to farmers.”', expect: [['Dana Kell', 'the former governor of Ohio and current Green party nominee', 'said']] },
    { name: 'a plural reporting noun before an auxiliary is no verb', text: 'Kell called Hale a "coward," and said his anti-union remarks were "dangerous" for the port.', expect: [['Kell', 'Kell', 'called'], ['Kell', 'Kell', 'called']] },
    // negative row: "says" is only ever a verb, whatever follows it
    { name: 'a verb in -s before an auxiliary in a relative clause', text: 'Kell wants the files made public, even the ones the State Department now says are "top secret."', expect: [['the State Department', 'the State Department', 'says']] },
    { name: 'an infinitive has no subject of its own', text: 'Kell praised the plan, but the mayor’s choice to speak from a typed script and his stumbles over "Leeds" cost him.', expect: [['Kell', 'Kell', 'praised']] },
    { name: 'a noun after a superlative is no verb: the clause runs on to its own', text: 'Dana Kell’s latest victories in the primaries unleashed a wave of praise for her "strongman" style.', expect: [['Dana Kell’s latest victories in the primaries', 'Dana Kell’s latest victories in the primaries', 'unleashed']] },
    { name: 'a name before a noun for people who speak describes them', text: 'The first clash came at a rally, when Hale protesters interrupted her speech, shouting "she loses!"', expect: [['Hale protesters', 'Hale protesters', 'interrupted']] },
    { name: 'an inverted verb before a name and a noun for people who speak', text: '"It is over," said Kell aides on Monday.', expect: [['Kell aides', 'Kell aides', 'said']] },
    { name: 'a description naming a place the last subject never held is someone else', text: 'Texas Sen. Tom Kell likes "Veep." The former Florida governor loves "Lilyhammer."', expect: [['Tom Kell', 'Texas Sen. Tom Kell', 'likes'], ['the former Florida governor', 'The former Florida governor', 'loves']] },
    // negative row: the same description with the subject's own place is the subject
    { name: 'a description with the last subject’s own place is that subject', text: 'Texas Sen. Tom Kell spoke. "We won," the Texas senator said.', expect: [['Tom Kell', 'the Texas senator', 'said']] },
    { name: 'a plural noun before a title word modifies it', text: 'Delegates met in Leeds, as the head of the party’s powerful rules committee has accused the board of a "breach of trust" in the fight.', expect: [['the head of the party’s powerful rules committee', 'the head of the party’s powerful rules committee', 'accused']] },
    // negative row: a plural before a word that heads no noun phrase of people stays out of it
    { name: 'a plural before "when" heads no speaker phrase', text: 'Kell repeated the same lines when pressed in April whether she would run, "I have not decided."', expect: [['Kell', 'Kell', 'repeated']] },
    { name: 'an unnamed speaker is forgotten at the paragraph’s end', text: 'Another wrote that the levy was "a mess."\n\nIt is odd because Tom Kell has not always been kind. Although he says he "loves Leeds," he rails against its council.', expect: [['Another', 'Another', 'wrote'], ['Tom Kell', 'he', 'rails']] },
    // negative row: within its paragraph the unnamed speaker is still the one a pronoun means
    { name: 'an unnamed speaker is remembered within its paragraph', text: 'Another said he wished with all his "soul" that the levy fails. He added, "It is a mess."', expect: [['Another', 'Another', 'said'], ['Another', 'He', 'added']] },
    { name: 'a title of one sex tells the sex of the name after it', text: 'Tom Kell won again. Ministry spokeswoman Hua Lin said the talks went well. "We will win," he said.', expect: [['Tom Kell', 'he', 'said']] },
    { name: 'a mogul is a person the last subject may be', text: 'Dana Marwick spoke at noon. "It was great," the billionaire business mogul told People.', expect: [['Dana Marwick', 'the billionaire business mogul', 'told']] },
    { name: 'no cue from a later conditional clause', text: 'Okafor said she was "not aware of it" if he had warned the board.', expect: [['Okafor', 'Okafor', 'said']] },
    { name: '"…" if …, said NAME', text: '"It would be a setback" if the bill fails, said Dana Kell, a union leader.', expect: [['Dana Kell', 'Dana Kell', 'said']] },
    { name: 'according to after a quote', text: '"Every berth is booked," according to the port authority.', expect: [['the port authority', 'the port authority', 'according to']] },
    { name: 'a possessive noun is not a verb', text: 'Dana Kell called Okafor’s remarks a "new low" for the council.', expect: [['Dana Kell', 'Dana Kell', 'called']] },
    { name: 'a line signed with a dash', text: '"The ferry is always late." ― Marta Ruiz\n\nOther readers agreed.', expect: [['Marta Ruiz', 'Marta Ruiz', '―']] },
    { name: 'NAME said: at the end of the paragraph before', text: 'Okafor said:\n\n"We will build the new wing first."', expect: [['Okafor', 'Okafor', 'said']] },
    { name: 'the outer reporter of a reported report', text: 'Okafor said at a rally that Kell once described the levy as "a fair start".', expect: [['Okafor', 'Okafor', 'said']] },
    { name: 'a phrase of time between subject and verb', text: 'Okafor at the time said the levy was "a fair start".', expect: [['Okafor', 'Okafor', 'said']] },
    { name: 'a phrase of time after the clause subject', text: 'Okafor on Saturday criticized the levy as "a fair start at best".', expect: [['Okafor', 'Okafor', 'criticized']] },
    { name: 'a transcript label', text: 'Kell asked about the levy.\n\nOkafor: "It is a fair start."', expect: [['Okafor', 'Okafor', ':']] },
    { name: 'a party tag in parentheses before the verb', text: '"The port must stay open," Sen. Dana Kell (D-Ore.) said at the hearing.', expect: [['Dana Kell', 'Sen. Dana Kell', 'said']] },
    { name: 'a party tag set off by commas', text: '"The port must stay open," Senator Dana Kell, D-Ore., said on Monday.', expect: [['Dana Kell', 'Senator Dana Kell', 'said']] },
    { name: 'an adverb after a possessive speaker', text: '"We live by the tide," my grandmother often said.', expect: [['my grandmother', 'my grandmother', 'said']] },
    { name: 'a description with a relative clause before the verb', text: 'A city aide, who asked not to be named, said of the mayor, "She will not resign."', expect: [['A city aide', 'A city aide', 'said']] },
    { name: 'a pronoun cue far inside a named report', text: 'Dana Okafor said that she told the board last month the levy was "a mistake" and more.', expect: [['Dana Okafor', 'Dana Okafor', 'said']] },
    { name: 'a pronoun cue right before the quote stays', text: 'Dana Okafor said she backs the plan, which she called "a mistake" at first.', expect: [['Dana Okafor', 'she', 'called']] },
    { name: 'what she called, under a named subject', text: 'Dana Okafor railed against what she called the "harbour cartel" for years.', expect: [['Dana Okafor', 'Dana Okafor', 'railed']] },
    { name: 'according to a named outlet', text: 'According to the Harbour Courier, "the ferry will stop in May."', expect: [['the Harbour Courier', 'the Harbour Courier', 'According to']] },
    { name: 'according to a document', text: 'According to the report, "most berths were empty."', expect: [['the report', 'the report', 'According to']] },
    { name: 'not according to a moment', text: 'According to a later interview, "most berths were empty."', expect: [[null, null, null]] },
    { name: 'a signature in the next paragraph', text: '"The ferry is always late."\n\n- Marta Ruiz, a commuter.', expect: [['Marta Ruiz', 'Marta Ruiz', '-']] },
    { name: 'a dash in the next paragraph that signs nothing', text: '"The ferry is always late."\n\n- and the buses are worse.', expect: [[null, null, null]] },
    { name: 'a common noun with a verb outside the lexicon', text: '"Open the gates," some protesters chanted outside.', expect: [['some protesters', 'some protesters', 'chanted']] },
    { name: 'a name inside a description before a verb outside the lexicon', text: '"The port stays open," an angry Kell retaliated.', expect: [['Kell', 'Kell', 'retaliated']] },
    { name: 'no speaker from a crowd that only reacts', text: '"We will win," the crowd applauded.', expect: [[null, null, null]] },
    { name: 'as NAME put it', text: 'At the time, as economist Dana Kell put it, "nobody was counting."', expect: [['Dana Kell', 'economist Dana Kell', 'put']] },
    { name: 'an exclamation, then its named speaker with an aside', text: '"Not us!" Dana Murphy, the head of the group, Tweeted on Friday.', expect: [['Dana Murphy', 'Dana Murphy', 'Tweeted']] },
    { name: 'a reporting clause closing the sentence after a later quote', text: 'Her plan will carry "real weight" and give the port the "lift" it needs, union spokesman Tom Reed said.', expect: [['Tom Reed', 'union spokesman Tom Reed', 'said'], ['Tom Reed', 'union spokesman Tom Reed', 'said']] },
    { name: 'a closing clause with no reporting verb names no one', text: 'Her plan will carry "real weight" and give the port the "lift" it needs, union leaders hope.', expect: [['Her plan', 'Her plan', 'carry'], ['Her plan', 'Her plan', 'carry']] },
    { name: 'no cue from a relative clause after the quote', text: 'Kell says she is "tied for second" with Hale, in a race that she said was close.', expect: [['Kell', 'Kell', 'says']] },
    { name: 'an inverted cue before a relative clause stays', text: '"It was close," said Kell, who said she would run again.', expect: [['Kell', 'Kell', 'said']] },
    { name: 'a counting word as the speaker', text: '"We ask for a vote," the two write.\n\n"Nobody listens," tweeted another.', expect: [['the two', 'the two', 'write'], ['another', 'another', 'tweeted']] },
    { name: 'a counting word before its noun', text: '"We ask for a vote," the two councillors write.', expect: [['two councillors', 'two councillors', 'write']] },
    { name: 'not the subject of a closed "who" aside', text: 'Kell praised Tom Hale, who left the race on Monday, as "a decent man".', expect: [['Kell', 'Kell', 'praised']] },
    { name: 'the subject of an open "who" clause', text: 'Kell praised Tom Hale, who called the race "a fair fight".', expect: [['Tom Hale', 'who', 'called']] },
    { name: 'a quote continued after a quote that ran over paragraphs', text: 'Okafor spoke at the pier.\n\n"The ferry is late again and nobody says why.\n\n"It is late every day," Okafor said. "We need a new boat."', expect: [['Okafor', 'Okafor', 'said'], ['Okafor', 'Okafor', null]] },
    { name: 'a lead sentence ending in a colon with no reporting verb', text: 'After the vote, Mayor Ann Berg issued the following statement:\n\n"We will build the bridge next year."', expect: [['Ann Berg', 'Mayor Ann Berg', 'issued']] },
    { name: 'no speaker from a lead sentence that names no one', text: 'After the vote, the mood in the hall changed:\n\n"We will build the bridge next year."', expect: [[null, null, null]] },
    { name: 'a name after an outlet’s possessive', text: 'As the Courier’s Dana Kell puts it, "The port is empty."', expect: [['Dana Kell', 'Dana Kell', 'puts']] },
    { name: 'a common noun after a possessive stays with its owner', text: '"The port is empty," Okafor’s lawyers said.', expect: [['Okafor’s lawyers', 'Okafor’s lawyers', 'said']] },
    { name: 'what he calls, under a subject with a verb outside the lexicon', text: 'Reed assails in sharp prose what he calls the "sad" plan of the council.', expect: [['Reed', 'Reed', 'assails']] },
    { name: 'what he calls, with no outer subject', text: 'That is what he calls a "sad" plan.', expect: [['he', 'he', 'calls']] },
    { name: 'an inverted verb before a possessive noun phrase', text: '"We treat it as one long day," said Kell’s deputy campaign manager, Rich Hale, who ran the 2012 race.', expect: [['Rich Hale', 'Rich Hale', 'said']] },
    { name: 'a quote after "adding," takes the attribution after the first quote, not a clause inside it', text: '“Kell would make a fine mayor, yet he cannot win,” Okafor said on the show "Harbour Hour," adding, “Kell is too cautious.”', expect: [['Okafor', 'Okafor', 'said'], [null, null, null], ['Okafor', 'Okafor', 'said']] },
    { name: 'a sentence that names its speaker at the end before a quote', text: 'The union will not take the case but plans to watch it, Okafor says. "If the state can pick our words, it can silence us."', expect: [['Okafor', 'Okafor', 'says']] },
    { name: 'a transcript label with a party tag', text: 'Rep. Dana Kell (R-S.C.): "Who told you that?"', expect: [['Dana Kell', 'Rep. Dana Kell', ':']] },
    { name: 'a common noun phrase with a past verb after a partial quote', text: 'He would be better "no matter what," one reader commented.', expect: [['one reader', 'one reader', 'commented']] },
    { name: 'the outer reporter past a noun spelled like a verb', text: 'Okafor said in her closing remarks that the party should renew its pledge to “old friends,” naming Chile.', expect: [['Okafor', 'Okafor', 'said']] },
    { name: 'a full name after an outlet’s possessive', text: '"It is over," said the Blaze’s Matt Hollins.', expect: [['Matt Hollins', 'the Blaze’s Matt Hollins', 'said']] },
    { name: 'a possessive before a job, no name', text: '"It is over," said the company’s chief executive.', expect: [['the company’s chief executive', 'the company’s chief executive', 'said']] },
    { name: 'a source close to someone', text: '"It is over," said a source close to the campaign.', expect: [['a source close to the campaign', 'a source close to the campaign', 'said']] },
    { name: 'According to people familiar with something', text: 'According to people familiar with the plans, "the deal is dead."', expect: [['people familiar with the plans', 'people familiar with the plans', 'According to']] },
    { name: 'According to an analysis, which cannot speak', text: 'According to its analysis, "the deal is dead."', expect: [[null, null, null]] },
    { name: 'a possessive noun phrase after a preposition names no one', text: '"It was a long day" in Kell’s deputy office.', expect: [[null, null, null]] },
    { name: 'a sentence before the quote names who goes on', text: 'Laura Okafor spoke after the vote. Her deputy cut in as well.\n\nDana Kell stood up. "We have waited long enough."', expect: [['Dana Kell', 'Dana Kell', 'stood']] },
    { name: 'a name with the state its holder is from', text: '"It is a start," said Sen. Dana Kell of Ohio.', expect: [['Dana Kell', 'Sen. Dana Kell of Ohio', 'said']] },
    { name: 'a name with the country its holder is from, before the cue', text: 'Chancellor Laura Okafor of Germany said: "We are ready."', expect: [['Laura Okafor', 'Chancellor Laura Okafor of Germany', 'said']] },
    { name: 'a place after "of" that is no home state stays in the name', text: '"It is late," said the Bank of England.', expect: [['the Bank of England', 'the Bank of England', 'said']] },
    { name: 'a title in lower case before a full name, before the verb', text: '"It is late," the pollster Ann Lee said.', expect: [['Ann Lee', 'the pollster Ann Lee', 'said']] },
    { name: 'a possessive and a title before a full name, before the verb', text: '"It is late," its director Marta Quill said.', expect: [['Marta Quill', 'its director Marta Quill', 'said']] },
    { name: 'a title before a surname, before the verb', text: '"It is late," the party chairman Kell said.', expect: [['Kell', 'the party chairman Kell', 'said']] },
    // negative rows: a body's name after "the" stays the body's
    { name: 'a body named after "the", before the verb', text: '"It is late," the state Senate said.', expect: [['the state Senate', 'the state Senate', 'said']] },
    { name: 'a body whose name holds "of", before the verb', text: '"It is late," the Association of Port Pilots said.', expect: [['the Association of Port Pilots', 'the Association of Port Pilots', 'said']] },
    // the words one person is judged for are that person's
    { name: 'judged for calling', text: 'The chair, Ivo Pell, rebuked Tom Hale for calling the minister "a fantasist."', expect: [['Tom Hale', 'Tom Hale', 'calling']] },
    { name: 'judged of saying', text: 'Mayor Lena Ortiz accused Tom Hale of saying the plan was "dead on arrival."', expect: [['Tom Hale', 'Tom Hale', 'saying']] },
    { name: 'praised for describing', text: 'Ortiz praised Hale for describing the deal as "a fair compromise."', expect: [['Hale', 'Hale', 'describing']] },
    // negatives: the judge's own words, and a judging verb whose object does nothing in -ing
    { name: 'thanked for a quoted phrase', text: 'Ortiz thanked the staff for "working around the clock."', expect: [['Ortiz', 'Ortiz', 'thanked']] },
    { name: 'criticized, then the critic speaks', text: 'Ortiz criticized Hale for his remarks, calling them "a disgrace."', expect: [['Ortiz', 'Ortiz', 'criticized']] },
    { name: 'accused of an act that is no speech: the accuser\'s account', text: 'Ortiz accused Hale of running a "reckless and costly campaign."', expect: [['Ortiz', 'Ortiz', 'accused']] },
  ];
  for (const row of rows) {
    it(`attributes: ${row.name}`, () => assert.deepEqual(attributions(row.text), row.expect));
  }

  it('splits a title from a name and links later mentions', () => {
    const text =
      'NATO Secretary General Jens Stoltenberg spoke on Monday.\n\n"We must act," he said.\n\n"Stocks are low," Stoltenberg said.\n\n"Orders take years," the Secretary General said.';
    const a = analyze(text);
    checkInvariants(a);
    const person = a.entities.find((e) => e.name === 'Jens Stoltenberg');
    assert.ok(person);
    assert.deepEqual(person.roles, ['NATO Secretary General']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.entityId), [person.id, person.id, person.id]);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.method), ['pronoun', 'pattern', 'description']);
    assert.match(a.quotes[0].speaker!.evidence, /'he' at line 3 refers to Jens Stoltenberg, NATO Secretary General/);
  });

  // A role set off after a name joins its roles, as a title before it does.
  const asideRoleRows = [
    { name: 'the role after a subject', text: 'Jonas Wilde, the port minister, said the berths were late.', expect: { name: 'Jonas Wilde', roles: ['port minister'] } },
    { name: 'a trade after an inverted verb, closing the sentence', text: '"It is late," said Ann Lee, a pollster.', expect: { name: 'Ann Lee', roles: ['pollster'] } },
    { name: 'the role of a name met in the prose', text: 'The vote was close. Myron Kell, the former Leeds mayor, spoke on Monday.', expect: { name: 'Myron Kell', roles: ['former Leeds mayor'] } },
    { name: 'a trade with the place it is held at', text: '"It is late," said Ann Lee, a pollster at the university.', expect: { name: 'Ann Lee', roles: ['pollster'] } },
    { name: 'a title with its place, closing the sentence', text: 'Prices rose, said Dr. Ann Lee, the chief economist at the bank.', expect: { name: 'Ann Lee', roles: ['chief economist'] } },
    // a title with no article, before the place it is held at or alone
    { name: 'a bare title before its body, closing the sentence', text: '"It is late," said Ann Lee, regional secretary of the union.', expect: { name: 'Ann Lee', roles: ['regional secretary of the union'] } },
    { name: 'a bare title set off before the verb', text: 'Ann Lee, deputy leader, said prices rose.', expect: { name: 'Ann Lee', roles: ['deputy leader'] } },
    { name: 'a bare title with its body, closing the sentence', text: '"No," said Dan Wren, chair of the panel.', expect: { name: 'Dan Wren', roles: ['chair of the panel'] } },
    // a title keeps its "of" and the short phrase of what it is held at; a name's possessive stands as an article
    { name: 'a title with its "of", closing the sentence', text: '"It is late," said Dr. Ann Lee, the director of the water office.', expect: { name: 'Ann Lee', roles: ['director of the water office'] } },
    { name: 'a title with its "of" and a place after it', text: '"No," said Ann Lee, the head of policy at Apex.', expect: { name: 'Ann Lee', roles: ['head of policy'] } },
    { name: 'a title after a possessive name, closing the sentence', text: '"It is late," said Ann Lee, Varland\'s trade secretary.', expect: { name: 'Ann Lee', roles: ['trade secretary'] } },
    { name: 'a title after a possessive name, before the verb', text: 'Ann Lee, Varland\'s trade secretary, said prices rose.', expect: { name: 'Ann Lee', roles: ['trade secretary'] } },
    // negative rows: a time, an adverb or a clause set off after the name is no title
    { name: 'a time set off after the name', text: 'Ann Lee, last week, said prices rose.', expect: { name: 'Ann Lee', roles: [] } },
    { name: 'an adverb set off after the name', text: '"It is late," said Ann Lee, however.', expect: { name: 'Ann Lee', roles: [] } },
    // negative rows: a description with no title, a kinship or a share is no role; a clause after "of" is left out
    { name: 'a description with no title', text: 'Ann Lee, a leading voice on tax, said prices rose.', expect: { name: 'Ann Lee', roles: [] } },
    { name: 'a title with its "of"', text: 'Ann Lee, the president of the guild, said prices rose.', expect: { name: 'Ann Lee', roles: ['president of the guild'] } },
    { name: 'a kinship with its "of"', text: '"No," said Ann Lee, the mother of a soldier.', expect: { name: 'Ann Lee', roles: [] } },
    { name: 'a kinship after a possessive name', text: 'Ann Lee, Tom\'s wife, said prices rose.', expect: { name: 'Ann Lee', roles: [] } },
    { name: 'a share of a group with its "of"', text: 'For Ann Lee, a majority of young voters, 56%, voted.', expect: { name: 'Ann Lee', roles: [] } },
    { name: 'a clause after the title\'s "of" leaves the title', text: 'Ann Lee, the head of the board that voted, said no.', expect: { name: 'Ann Lee', roles: ['head'] } },
    { name: 'a name running on past the place leaves the title', text: '"No," said Ann Lee, the director of the Center for Tax Policy.', expect: { name: 'Ann Lee', roles: ['director'] } },
    { name: 'a kinship', text: 'Kit Rayne, her husband, said no.', expect: { name: 'Kit Rayne', roles: [] } },
    { name: 'a title before the name is listed once', text: 'Mayor Ann Lee, the mayor, said no.', expect: { name: 'Ann Lee', roles: ['Mayor'] } },
  ];
  // A title before a name, set off by commas or in lower case, joins its roles too.
  const titleBeforeRows = [
    { name: 'a title set off before the name', text: 'The finance minister, Pieter Berg, spoke.', expect: { name: 'Pieter Berg', roles: ['finance minister'] } },
    { name: 'an owned title set off before the name', text: 'Her deputy, Tom Hale, spoke.', expect: { name: 'Tom Hale', roles: ['deputy'] } },
    { name: 'a title after a possessive', text: "The union's general secretary, Tom Pell, spoke.", expect: { name: 'Tom Pell', roles: ['general secretary'] } },
    { name: 'a trade in lower case opening the sentence', text: 'Political scientist Ingrid Heuvel said support had fallen.', expect: { name: 'Ingrid Heuvel', roles: ['Political scientist'] } },
    { name: 'a title in lower case after a verb', text: 'Tom Hale met union leader Piet Jansen on Monday.', expect: { name: 'Piet Jansen', roles: ['union leader'] } },
    { name: 'a parliamentary title and party before an unknown given name', text: 'Labour MP Zofia Kelly said rents had doubled.', expect: { name: 'Zofia Kelly', roles: ['Labour MP'] } },
    { name: 'a police rank before an unknown given name', text: 'Chief Inspector Marguerite Bellweather said prisons were full.', expect: { name: 'Marguerite Bellweather', roles: ['Chief Inspector'] } },
    { name: 'a party and title before a name with particles', text: 'Liberal MP Siobhán de la Cruz said rents had doubled.', expect: { name: 'Siobhán de la Cruz', roles: ['Liberal MP'] } },
    { name: 'a capitalised title set off before the name', text: 'The Speaker, Anthony Pell, rebuked Tom Hale for calling the minister "a fantasist."', expect: { name: 'Anthony Pell', roles: ['Speaker'] } },
    { name: 'a chief executive set off before the name', text: "The firm's chief executive, Mark Dale, spoke.", expect: { name: 'Mark Dale', roles: ['chief executive'] } },
    { name: 'an executive in lower case before the name', text: 'Tom Hale met company executive Ana Kell on Monday.', expect: { name: 'Ana Kell', roles: ['company executive'] } },
    // negative rows: a kinship, a word that only ends like a trade, a place phrase, are no title
    { name: 'executive before another noun', text: 'The board cut executive pay, Tom Hale said.', expect: { name: 'Tom Hale', roles: [] } },
    { name: 'a kinship set off before the name', text: 'Her father, Tom Hale, spoke.', expect: { name: 'Tom Hale', roles: [] } },
    { name: 'a word ending like a trade', text: 'Voters chose either Tom Hale or Ann Lee.', expect: { name: 'Tom Hale', roles: [] } },
    { name: 'a phrase of place set off before the name', text: 'In the capital, Tom Hale spoke.', expect: { name: 'Tom Hale', roles: [] } },
  ];
  for (const row of titleBeforeRows) {
    it(`lists a title before a name: ${row.name}`, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      const person = a.entities.find((e) => e.name === row.expect.name);
      assert.deepEqual(person && { name: person.name, roles: person.roles }, row.expect);
    });
  }

  for (const row of asideRoleRows) {
    it(`lists a role set off after a name: ${row.name}`, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      const person = a.entities.find((e) => e.name === row.expect.name);
      assert.deepEqual(person && { name: person.name, roles: person.roles }, row.expect);
    });
  }

  // A heading run into the next line without a stop gives the name after it no title.
  const lineRoleRows = [
    { name: 'a quoted heading before a line break', text: "Kell Plans Things 'Far Worse Than Ever'\nGordon Kell said on Monday that he would act.", expect: { name: 'Gordon Kell', roles: [], mention: 'Gordon Kell' } },
    { name: 'a quoted name before a line break', text: "The plan was backed by the city's own 'Water Board'\nAna Hale, who said on Monday that she would act.", expect: { name: 'Ana Hale', roles: [], mention: 'Ana Hale' } },
    // negative row: a title on the name's own line stays its title
    { name: 'a title on the same line', text: 'The plan was backed.\nLeeds Mayor Ana Hale said on Monday that she would act.', expect: { name: 'Ana Hale', roles: ['Leeds Mayor'], mention: 'Leeds Mayor Ana Hale' } },
  ];
  for (const row of lineRoleRows) {
    it(`gives a title only from the name's line: ${row.name}`, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      const person = a.entities.find((e) => e.name === row.expect.name);
      assert.deepEqual(person && { name: person.name, roles: person.roles, mention: person.mentions[0].text }, row.expect);
    });
  }

  const pronounRows = [
    { name: 'a given name worn by men and women leaves "she" open', text: 'Terry Vance chairs the parish board. Paul Lind spoke first.\n\n"We will not close it," she said.', expect: ['Terry Vance'] },
    { name: 'a given name worn by men and women leaves "he" open too', text: 'Marty Pell chairs the parish board.\n\n"We will not close it," he said.', expect: ['Marty Pell'] },
    { name: 'a name of unsure gender takes an honorific\'s', text: 'Ms. Terry Vance chairs the parish board. Paul Lind spoke first.\n\n"We will not close it," he said.', expect: ['Paul Lind'] },
    { name: 'a man named in apposition to "her husband"', text: 'Nora Pell waited outside. Her husband, Kit Rayne, stood by the door.\n\n"We will not leave," she said.', expect: ['Nora Pell'] },
    { name: 'a husband named after a title, who reports on her', text: 'Tom Hale said the plan was fine. Her husband, the sculptor Tavi Quorn, said she works long days. "She never rests," he said.', expect: ['Tavi Quorn'] },
    { name: 'a husband speaking after a title', text: 'Tom Hale said the plan was fine. Her husband, the sculptor Tavi Quorn, said: "She never rests."', expect: ['Tavi Quorn'] },
    // negative rows: with no kinship noun, "X said she …" still tells that X is a woman; "his wife" stays a woman
    { name: 'someone whose gender the reported "she" tells', text: 'Tom Hale said the plan was fine. Tavi Quorn said she works long days. "It is hard," he said.', expect: ['Tom Hale'] },
    { name: 'a wife named after a title', text: 'Ash Tullo spoke. His wife, the painter Tavi Quorn, said he works hard. "He never rests," she said.', expect: ['Tavi Quorn'] },
    { name: 'a woman named in apposition to "his wife"', text: 'Ash Tullo waited outside. His wife, Kit Rayne, stood by the door.\n\n"We will not leave," he said.', expect: ['Ash Tullo'] },
    { name: 'a husband named with no comma', text: 'Nora Pell waited outside. Her husband Kit Rayne stood by the door.\n\n"We will not leave," he said.', expect: ['Kit Rayne'] },
    { name: 'an unnamed woman who opens a sentence is whom "she" means', text: 'Senator Anna Berg spoke on Monday.\n\nA young woman at the back shook her head. "Nobody asked us," she said.', expect: ['A young woman'] },
    { name: 'an unnamed man who opens a sentence is whom "he" means', text: 'John Hale spoke on Monday.\n\nOne elderly man waited by the door. "Nobody asked us," he said.', expect: ['One elderly man'] },
    { name: 'an unnamed woman of the other sex leaves "he" to the man named', text: 'John Hale spoke on Monday.\n\nA young woman shook her head. "Nobody asked us," he said.', expect: ['John Hale'] },
    { name: 'an unnamed subject with no sex leaves "she" to the woman named', text: 'Senator Anna Berg spoke on Monday.\n\nA storm hit the coast. "Nobody asked us," she said.', expect: ['Anna Berg'] },
    { name: 'an unnamed woman is forgotten at the paragraph\'s end', text: 'Senator Anna Berg spoke on Monday.\n\nA young woman shook her head.\n\nThe vote was held. "Nobody asked us," she said.', expect: ['Anna Berg'] },
    { name: 'a subject whose aside holds a town and its county before "is"', text: 'Vanessa Pell runs a bakery.\n\nKit Rayne, a Hove, Sussex, native and nurse, is deep in debt. "Who wants to live at home?" she said.', expect: ['Kit Rayne'] },
    { name: 'a subject whose aside ends before "has"', text: 'Vanessa Pell runs a bakery.\n\nKit Rayne, a nurse from Hove, Sussex, has no savings. "Who wants to live at home?" she said.', expect: ['Kit Rayne'] },
    { name: 'a capitalised word after the aside\'s comma is no verb', text: 'Vanessa Pell runs a bakery.\n\nKit Rayne, a Hove native, Will Dorn and others met. "Who wants to live at home?" she said.', expect: ['Vanessa Pell'] },
    { name: 'a place in a list, before ", which … is", is no subject', text: 'John Hale toured the coast.\n\nHe has seen the drowned Tarn Mill, and the old Hove quay, which is closing. "Nobody asked us," he said.', expect: ['John Hale'] },
    { name: 'a name of unsure gender takes that of the aside after it', text: 'Paul Lind spoke first. Terry Vance, a widow from Hove, chairs the board.\n\n"We will not close it," he said.', expect: ['Paul Lind'] },
    { name: 'a name of unsure gender takes that of "the mother of …"', text: 'Paul Lind spoke first. Terry Vance, the mother of two pupils, chairs the board.\n\n"We will not close it," he said.', expect: ['Paul Lind'] },
    { name: 'an aside of no sex leaves a name of unsure gender open', text: 'Paul Lind spoke first. Terry Vance, a teacher from Hove, chairs the board.\n\n"We will not close it," he said.', expect: ['Terry Vance'] },
    { name: 'an ungendered noun before the name tells nothing', text: 'Nora Pell waited outside. Her lawyer, Kit Rayne, stood by the door.\n\n"We will not leave," she said.', expect: ['Kit Rayne'] },
    { name: 'the sentence subject, not the object', text: 'Dana Kell praised John Hale on Tuesday.\n\n"It went well," she said.', expect: ['Dana Kell'] },
    { name: 'a subject with an aside', text: 'Marek Nowak, 60, a fisherman, criticised Senator Anna Berg.\n\n"Nobody asked us," he said.', expect: ['Marek Nowak'] },
    { name: 'the subject of the later clause', text: 'The ministers moved on, but Tomas Brandt was not having it.\n\n"Look at the numbers," he said.', expect: ['Tomas Brandt'] },
    { name: 'a possessive names the person', text: 'Dana Kell spoke to John Hale. Hale’s plan was read out.\n\n"It is late," he said.', expect: ['John Hale'] },
    { name: 'names inside a quotation are not the subject', text: 'Dana Kell spoke first. "John Hale has failed the harbour," she said.\n\n"We need a plan," she added.', expect: ['Dana Kell', 'Dana Kell'] },
    { name: 'a relative of the same surname is someone else', text: 'Gordon Brandt opened the rally.\n\nMary Brandt spoke about her father.\n\n"I have seen him work," she said.', expect: ['Mary Brandt'] },
    { name: 'the person a "who" follows', text: 'Laura Okafor praised the plan on Monday. The levy was backed by Senator Dana Kell of Ohio, the ranking member, who said it was fair.\n\n"It is a fair start," she said.', expect: ['Dana Kell'] },
    { name: 'a plural noun a "who" follows after a comma', text: 'Dana Kell runs a call-in program. She said Tom Hale was doubted by her program’s callers, who asked whether "he could win."', expect: ['her program’s callers'] },
    { name: 'the subject of a "that" clause opened by a phrase is whom the speaker spoke of', text: 'Mark Kell hosts a radio show. He recalled that before the vote, Tom Hale was unknown.\n\n"I hate to say it," he said.', expect: ['Mark Kell'] },
    { name: 'a "that" clause opened by a phrase leaves a later "he" to the speaker', text: 'Tom Hale spoke on Monday. He warned that once the votes are counted, Mark Brandt will win, which he called "a disaster".', expect: ['Tom Hale'] },
    // negative rows: a clause joined by "and", or a "that" clause with no phrase before its subject, is no reported opener
    { name: 'a clause joined after a comma is the text\'s own', text: 'Dana Kell spoke on Monday, and Tom Hale answered her.\n\n"I hate to say it," he said.', expect: ['Tom Hale'] },
    { name: 'a "that" after a noun is no reported opener', text: 'Dana Kell backed the plan that, in March, Tom Hale wrote.\n\n"It is fair," she said.', expect: ['Dana Kell'] },
    { name: 'a two-word name after "the" is a thing, not someone a "she" means', text: 'Former Gov. Dana Kell was for the levy before she was against it. By one count, the Long Slump cost the port dearly. "It will pass," she said.', expect: ['Dana Kell'] },
    { name: 'a two-word name after a name\'s "of" is a home town', text: 'Tom Hale spoke first. Rep. Mark Kell of Sandy Point opposes the levy. "It is a tax on hope," he said.', expect: ['Mark Kell'] },
    // negative rows: a name an honorific opens after "the", or after a title's "of", is someone
    { name: 'a name an honorific opens after "the" is still someone', text: 'Tom Hale spoke first. Then the Rev. Dana Kell took the stage. "It will pass," she said.', expect: ['Dana Kell'] },
    { name: 'a name after a title\'s "of" is someone', text: 'Tom Hale spoke first. Secretary of State Mark Kell opposes the levy. "It is a tax on hope," he said.', expect: ['Mark Kell'] },
    { name: 'a subject after "since then"', text: 'Tom Hale led the race last fall. But that was then, and since then Mark Kell has seen his lead grow. "I am still here," he said.', expect: ['Mark Kell'] },
    // negative row: "since then" before a subject that is no name leaves the pronoun to the person named
    { name: 'no subject after "since then" and a plural', text: 'Tom Hale led the race last fall. Since then prices have risen. "I am still here," he said.', expect: ['Tom Hale'] },
    { name: 'a name whose "’s" is "has" is the subject', text: 'Chris Kell spoke at the debate. Tom Hale answered first. Kell’s been arguing for a month that Hale is unfit. "You have not been tested," he said.', expect: ['Chris Kell'] },
    { name: '"Nothing" opening a sentence is no one', text: 'Dana Kell spoke last. Nothing really changed in the debate. She had a great line when she said, "I know it."', expect: ['Dana Kell'] },
    // negative rows: an owner's "’s" is no "has"; "It’s been" names no one
    { name: 'an owner before "have been" stays an owner, spoken of last', text: 'Chris Kell spoke first. Tom Hale’s aides have been making the case. "You have not been tested," he said.', expect: ['Tom Hale'] },
    { name: '"It’s been" names no one', text: 'Chris Kell lit into Tom Hale. It’s been "a long week," he said.', expect: ['Chris Kell'] },
    { name: '"the woman" after a stranger is the stranger, not the last woman named', text: 'Senator Dana Kell took questions. A young woman asked Kell about the levy. "Should we believe you?" the woman said.', expect: ['A young woman'] },
    // negative row: "the man who …" describes someone the text knows
    { name: '"the man who …" is the person the story is about', text: 'Senator Tom Hale spoke in Leeds. "They deserve better," said the man who ran the port for ten years.', expect: ['Tom Hale'] },
    { name: 'not one of two people a "who" follows', text: 'Laura Okafor spoke on Monday. She dismissed Tomas Hale and Dana Kell, who say the levy is unfair.\n\n"They are wrong," she said.', expect: ['Laura Okafor'] },
    { name: 'a subject with an age and a home town', text: 'Mark Brandt spoke first. Dewit Smolny, 33, of Leeds, Yorks., dismisses the idea that votes matter.\n\n"It is over," he said.', expect: ['Dewit Smolny'] },
    { name: 'a subject with an aside between dashes', text: 'Russell Joyce filed the case. Mark Brandt answered it.\n\nReached by phone, Joyce — who is listed as a lawyer — told the Courier he is not planning an appeal. He said, "It is over."', expect: ['Russell Joyce'] },
    { name: 'a middle initial, not a place-based description', text: 'Mark Brandt spoke first. Helena R. Vasko, a Leeds-based notary who drafted the deal, spoke in June. "It is over," she told reporters.', expect: ['Helena R. Vasko'] },
    { name: 'a subject with several titles', text: 'Tomas Hale spoke first.\n\nRepublican presidential nominee Mark Kell has blasted the press.\n\nWhile he was speaking in Leeds on Wednesday, he said, "It is over."', expect: ['Mark Kell'] },
    { name: 'a subject that opens with a lower-case title', text: 'Tomas Hale spoke first.\n\nIn a statement on Tuesday, presidential nominee Dana Kell was more careful than Hale. "It is over," she said.', expect: ['Dana Kell'] },
    { name: 'the first of two joined subjects', text: 'LEEDS ― Felka Kell and Piet Loos, two survivors, made a call for calm.\n\nDorn Hale is accused of the attack. Kell called her son a hero. "Hate destroys," she said.', expect: ['Felka Kell'] },
    { name: 'a subject of "had"', text: 'Mark Brandt spoke first.\n\nTina Varga had a question for the minister.\n\n"As a mother, I want answers," she said.', expect: ['Tina Varga'] },
    { name: 'no one from a title-case headline', text: 'Storm Hits Hard as Charlotte Braces\n\nThe city council met on Monday. "We are ready," she said.', expect: ['she'] },
    { name: 'never a country', text: 'Mark Brandt met officials from Mexico on Monday. "Talks went well," he said.', expect: ['Mark Brandt'] },
    { name: 'a senator named with his state', text: 'Sen. Tom Hale of Iowa spoke first. "It went well," he said.', expect: ['Tom Hale'] },
    { name: '"all but" is no speaker', text: 'Mark Brandt spoke first. In 2011, he all but accused the bank of planning to "debase the pound and ruin every saver in the land".', expect: ['Mark Brandt'] },
    { name: 'a subject behind a trade noun after a time phrase', text: '"We will win," said Tom Hale.\n\nJust a few months ago, Leeds developer Mark Brandt expressed dismay. "I kept hoping," he said.', expect: ['Tom Hale', 'Mark Brandt'] },
    { name: 'a subject behind "even"', text: '"We will win," said Tom Hale.\n\nAnd even Mark Brandt tried to help. "It is not my job," he said.', expect: ['Tom Hale', 'Mark Brandt'] },
    { name: 'a subject with an aside between typed dashes', text: '"We will win," said Tom Hale.\n\nPollster Mark Brandt -- author of a report, which urged caution -- is skeptical. "It is late," he said.', expect: ['Tom Hale', 'Mark Brandt'] },
    { name: 'a subject with an aside that ends in a quoted title', text: '"We will win," said Tom Hale.\n\nMark Brandt, the star of the show "Harbour Lights," said in an interview that the town was dull. "It needs a show," he said.', expect: ['Tom Hale', null, 'Mark Brandt'] },
    { name: 'someone named after a trade noun, introduced after the last known woman', text: 'Laura Okafor chaired the vote. Tom Hale spoke. Mark Brandt left. Peter Loos came back. John Reed agreed.\n\nTo Leeds professor Dana Kell, the vote was a surprise. "It looked like heartbreak," she said.', expect: ['Dana Kell'] },
    { name: 'a known woman named after the unknown person', text: 'To Leeds professor Dana Kell, the vote was a surprise. Tom Hale spoke. Mark Brandt left. Peter Loos came back. John Reed agreed.\n\nLaura Okafor chaired the vote. "It looked like heartbreak," she said.', expect: ['Laura Okafor'] },
    { name: 'a subject before a negated auxiliary', text: '"We will win," said Tom Hale.\n\nThe panel wanted to change topic, but Mark Brandt wasn’t done yet. "Listen, friends," he said.', expect: ['Tom Hale', 'Mark Brandt'] },
    { name: 'a subject with an emphatic pronoun and an aside', text: 'Laura Okafor spoke first.\n\nTom Hale himself, who wasn’t at the hearing, has softened his attacks, conceding that his "crusade" will stop.', expect: ['Tom Hale'] },
    { name: 'an organisation that opens the sentence before "it said"', text: 'The Finance Ministry cut its forecast on Monday. "Growth will slow," it said.', expect: ['Finance Ministry'] },
    { name: 'an organisation a later "it" recommends through', text: 'The panel met on Monday. Still, the Business Council of Leeds opposed an increase.\n\n"Keep the levy where it is," it recommended.', expect: ['Business Council of Leeds'] },
    { name: 'no place for "it"', text: 'Iowa votes first. "It is a long night," it said.', expect: ['it'] },
    { name: 'a description set off after the name', text: 'Tom Hale, the former Leeds mayor, spoke first. Mark Brandt spoke next.\n\n"We will win," the former Leeds mayor said.', expect: ['Tom Hale'] },
    { name: 'a title written short', text: 'Former Leeds Gov. Tom Hale spoke first. Mark Brandt spoke next.\n\n"We will win," the former governor said.', expect: ['Tom Hale'] },
    { name: 'a bare role means the story\'s subject, not any holder of it', text: 'Sen. Tom Hale spoke first. Mark Brandt spoke next.\n\n"We will win," the senator said.', expect: ['Mark Brandt'] },
    { name: 'a bare role goes to the one described so when the subject is known as something else', text: 'Tom Hale, the Green nominee, spoke first. Mark Brandt, the port director, spoke next.\n\n"We will win," the nominee said.', expect: ['Tom Hale'] },
    // negative rows: a subject known by no other role, or by one with the same head noun, keeps the bare role
    { name: 'a bare role stays with a subject known by no role', text: 'Tom Hale, the Green nominee, spoke first. Mark Brandt spoke next.\n\n"We will win," the nominee said.', expect: ['Mark Brandt'] },
    { name: 'a bare role stays with a subject described with the same noun', text: 'Tom Hale, the Green nominee, spoke first. Mark Brandt, the Labour nominee, spoke next.\n\n"We will win," the nominee said.', expect: ['Mark Brandt'] },
    { name: 'a clause after the name is no description', text: 'Two objectors, Tom Hale and Mark Brandt, had challenged the bid with the board, saying it was late.\n\n"The candidate is eligible," the board said.', expect: ['the board'] },
    { name: 'a name before ", who," and an aside', text: 'Tom Hale spoke first. Then there was the Leeds editor Mark Brandt, who, after a row with Hale over the budget, said the plan was "dead on arrival".\n\n"It cannot pass," he said.', expect: ['Mark Brandt', 'Mark Brandt'] },
    { name: 'a described person after "who" is not the sentence subject', text: 'Tom Hale disowned remarks made by a campaign aide who said voters should "stay home" on Tuesday.', expect: ['a campaign aide'] },
    { name: 'a description set off after a name, then "who"', text: 'Tom Hale met Mark Brandt, a lawyer who said the bid was "plainly late".', expect: ['Mark Brandt'] },
    { name: 'someone only described in a relative clause is no later subject', text: 'Unions urged Laura Okafor to refuse the backing of a former general who argued that the dock should "shut for good".\n\nGen. Mark Brandt, a former general, backs her campaign. In an interview, he spoke of the plan.\n\n"It was fine," he said.', expect: ['a former general', 'Mark Brandt'] },
    { name: 'a law is not the woman a "she" means', text: 'Laura Okafor fought the Equal Pay Amendment for years. Her campaign against the Equal Pay Amendment played a part in its defeat. She said that the law was "a waste of paper".', expect: ['Laura Okafor'] },
    { name: 'a woman described is not the man named last', text: 'Tom Hale was deported in 2010. "It was hard," Hale said.\n\n"My mother never told me," said the woman, who asked not to be named.\n\n"I am scared," she said.', expect: ['Tom Hale', 'the woman', 'the woman'] },
    { name: 'a person of an institute is the person', text: 'The senator spoke on Monday. "It is a stretch," Laura Kell of the Martin Center for Port Studies wrote in May.\n\nBut, she noted, "we cannot be sure."', expect: ['Laura Kell', 'Laura Kell'] },
    { name: 'a titled person of an institute set off after a description', text: 'Dr. Ana Voss led the study. An outside expert, Dr. Lena Brandt of the Royal Institute of Surgery, called it "robust but modest." She said that "it holds."', expect: ['Lena Brandt', 'Lena Brandt'] },
    { name: 'a titled person of an institute', text: 'Dr. Ana Voss led the study. Prof. Lena Brandt of the Royal Institute of Surgery called it "robust." She said that "it holds."', expect: ['Lena Brandt', 'Lena Brandt'] },
    { name: 'an honorific and a surname of an institute', text: 'Ana Voss led the study. Dr. Brandt of the Royal Institute said it was "robust."', expect: ['Brandt'] },
    // negative row: a plural noun before "of the" is no person: the body speaks
    { name: 'not officials of a body', text: 'Ana Voss led the study. Officials of the Royal Institute said it was "robust."', expect: ['the Royal Institute'] },
    { name: 'not someone the speaker names inside her own quotation', text: 'The column was written by Laura Okafor. "It reminds me of Governor Hale’s trip," she wrote.', expect: ['Laura Okafor'] },
    // negative row: once the article itself speaks of him, he is what a later "he" can mean
    { name: 'someone named in a quotation, then outside it', text: 'The column was written by Laura Okafor. "Governor Hale is right," she wrote. The book was praised by Hale in May. "It is fine," he said.', expect: ['Laura Okafor', 'Hale'] },
    { name: 'a bare surname before ", who" that opens its sentence', text: 'Tom Kell spoke first.\n\nBrandt, who was elected in 2014, doesn’t see it that way. "It is fine," he said.', expect: ['Brandt'] },
    // negative row: a town after "in" before ", who" is neither a person nor what the sentence is about
    { name: 'not a town inside the subject before ", who"', text: 'Tom Kell spoke first.\n\nOtto Fenwick, a painter in Leeds, who owns a tiny gallery, recalled the flood. He said that "I phoned my bank."', expect: ['Otto Fenwick'] },
    { name: 'not the name after "of" inside the subject', text: 'Glenn Brandt spoke on Monday.\n\nThe rise of Tom Hale gave Brandt a reason to fight. He said he was "gravely concerned" about it.', expect: ['Glenn Brandt'] },
    // negative row: "of" inside a title before the name
    { name: 'the name after a title with "of"', text: 'Glenn Brandt spoke on Monday.\n\nSecretary of State Tom Hale met him later. He said he was "gravely concerned" about it.', expect: ['Tom Hale'] },
    { name: 'no organisation for "they" after two people', text: 'The Finance Ministry issued a report on Monday.\n\nTom Hale and Dana Kell read it. "We are ready," they said.', expect: ['they'] },
    { name: 'no organisation for "it" once a person became the subject', text: 'The Harbour Board of Leeds opposed the levy. Tom Hale spoke next.\n\n"Keep it," it said.', expect: ['it'] },
    // negative row: an organisation described in lower case stays the subject into the next paragraph
    { name: 'a company for "it" in the next paragraph', text: 'The company posted a notice on Monday. "We played no role in it," the company wrote.\n\nIt added, "We seek no role in the merger."', expect: ['the company', 'the company'] },
    { name: 'someone a sentence about no person introduces with a description', text: 'Tom Hale spoke to the board on Monday.\n\nThe plan has no friends, which is something that worries Mark Brandt, president of the Leeds Harbour Board.\n\n"Nobody is writing songs for it," he said.', expect: ['Mark Brandt'] },
    // negative row: when a person is the sentence's subject, the one it introduces as an object is not
    { name: 'not someone introduced as the object of a person', text: 'Tom Hale spoke to the board on Monday.\n\nHale praised Mark Brandt, president of the Leeds Harbour Board.\n\n"Nobody is writing songs for it," he said.', expect: ['Tom Hale'] },
    { name: 'not someone only described, once the paragraph ends', text: 'Laura Okafor won the vote on Monday.\n\nHale\'s campaign manager said the result was "a shock."\n\n"We did it together," she said.', expect: ['Hale\'s campaign manager', 'Laura Okafor'] },
    // negative row: within its paragraph the description still finds the one it described
    { name: 'someone described, within the paragraph', text: 'Laura Okafor won the vote on Monday.\n\nHale\'s campaign manager said the result was "a shock." "We will be back," the manager added.', expect: ['Hale\'s campaign manager', 'Hale\'s campaign manager'] },
    { name: 'someone introduced after "To", when an owner opens the sentence', text: 'Laura Okafor chaired the vote. Nina Kell left.\n\nTo political science professor Dana Hale, Okafor\'s stare seemed sad. "It looked like heartbreak," she said.', expect: ['Dana Hale'] },
    // negative row: the person herself as the subject
    { name: 'not someone introduced after "To", when a person is the subject', text: 'Laura Okafor chaired the vote. Nina Kell left.\n\nTo political science professor Dana Hale, Okafor seemed sad. "It looked like heartbreak," she said.', expect: ['Laura Okafor'] },
    { name: '"the actress" after the actress named', text: 'Susan Treloar spoke on CNN on Monday. "It is a revolution," the actress said.', expect: ['Susan Treloar'] },
    { name: 'an age as the description', text: 'Susan Treloar spoke on CNN on Monday. "It is a revolution," the 69-year-old said.', expect: ['Susan Treloar'] },
    // negative row: "the girl" is more often someone new than the woman named last
    { name: 'not "the girl"', text: 'Susan Treloar spoke on CNN on Monday. "It is a revolution," the girl said.', expect: ['the girl'] },
    { name: 'the name set before the clause by "As for"', text: 'Wade Ostrander warned against a brokered convention. "It would be a disaster," the Texas senator said.\n\nAs for Tom Hale, he said he is not worried. "I will have the delegates," he said.', expect: ['Wade Ostrander', 'Tom Hale'] },
    // negative row: "for" alone before a name makes it no subject
    { name: 'not a name after "for"', text: 'Wade Ostrander warned against a brokered convention. "It would be a disaster," the Texas senator said.\n\nHe voted for Tom Hale, he said. "I will have the delegates," he said.', expect: ['Wade Ostrander', 'Wade Ostrander'] },
    { name: 'the writer\'s "I" is no one the article names', text: 'Judge Tom Berman turned to me. "With respect," I said, "I must object."', expect: ['I', 'I'] },
    // negative row: a third-person pronoun still finds the judge
    { name: 'the judge for "he"', text: 'Judge Tom Berman looked at me. "Your Honor," he said, "I would like to answer."', expect: ['Tom Berman', 'Tom Berman'] },
    { name: 'the subject, not a name after a preposition and its comma', text: 'Tom Kell spoke in Leeds. Kell once came within reach of, or even edged ahead of, favourite Mark Brandt in county surveys and kept a firm lead in Leeds. But he slipped to 12 percent in the newest survey. "We will win," he said.', expect: ['Tom Kell'] },
    // negative row: with no aside, the same name is the preposition's object all the same
    { name: 'the subject, not a name after a preposition', text: 'Tom Kell spoke in Leeds. Kell once came within reach of favourite Mark Brandt in county surveys and kept a firm lead in Leeds. But he slipped to 12 percent in the newest survey. "We will win," he said.', expect: ['Tom Kell'] },
    { name: 'a surname alone as a subject, whose full name was shown in passing', text: 'The gala honored Mary Dorn, who runs a school. Two other moments came from stars Tavia Quill and Ola who both spoke.\n\nIn her speech, Quill declared: "Change the world," she said.', expect: ['Tavia Quill'] },
    { name: 'a surname speaking, whose full name was shown as an object', text: 'Tom Hale met Tavia Quorn on Monday. "Jobs are at risk," Quorn said.', expect: ['Tavia Quorn'] },
    { name: 'a surname speaking after the cue, whose full name was shown as an object', text: 'Tom Hale met Tavia Quorn on Monday. "Jobs are at risk," said Quorn.', expect: ['Tavia Quorn'] },
    // negative rows: a surname with no full name shown, or one a kept person holds, stays as it is
    { name: 'a surname speaking with no full name shown', text: 'Tom Hale met the union on Monday. "Jobs are at risk," Quorn said.', expect: ['Quorn'] },
    { name: 'a surname speaking that a kept person holds', text: 'Tom Hale met Tavia Quorn on Monday. Ada Quorn spoke next. "Jobs are at risk," Quorn said.', expect: ['Ada Quorn'] },
    // negative row: a surname alone that is no subject stays no one
    { name: 'not a surname alone as an object', text: 'The gala honored Mary Dorn, who runs a school. Two other moments came from stars Tavia Quill and Ola who both spoke.\n\nLater the host thanked Quill. "Change the world," she said.', expect: ['Mary Dorn'] },
    { name: 'a name behind an adverb and before ", who"', text: 'Mary Dorn spoke first. "Change it again," she said. Meanwhile Lorna, who won the top prize, spoke about love. "Love yourself," she said.', expect: ['Mary Dorn', 'Lorna'] },
    { name: 'someone titled after a preposition, in a sentence about no one', text: 'Tom Hale seems to understand the bank. That is more than you can say for others. Just look at House Speaker Mark Brandt. He has said he reads novels. In 2010, he warned the bank it "risks inflation" in the end.', expect: ['Mark Brandt'] },
    // negative row: a place name run into a name is no title
    { name: 'not a name after a place that runs into it', text: 'Tom Hale spoke on Sunday. Talking to the press at the City Hall Owen R. Vance press room, the mayor cast the vote as a trial. He did not mention it. "It is sad," he said.', expect: ['Tom Hale'] },
    { name: 'someone introduced, for a pronoun in a later clause of the same sentence', text: 'Ten hopefuls gathered, but a sullen Tom Hale kept to his script. That put Sen. Mark Brandt of Leeds in the spotlight -- to the point that he charged the hosts with saying "go after Mark" all evening.', expect: ['Mark Brandt'] },
    // negative row: a pronoun in the same clause as the newcomer is not moved to him
    { name: 'not someone introduced, for a pronoun in the same clause', text: 'A dozen candidates met, but a grumpy Tom Hale stood by his plan. That left Sen. Mark Brandt of Leeds center stage when he accused the hosts of saying "please attack Mark" all night.', expect: ['Tom Hale'] },
    { name: 'not a name that only qualifies the subject\'s noun', text: 'Tom Hale spoke first. Mark Brandt, a banker, spoke next. The Hale papers have stood in the road, he said, by inventing a "fake reality".', expect: ['Mark Brandt'] },
    // negative row: a name that owns the subject is what the sentence is about
    { name: 'a name that owns the subject', text: 'Tom Hale spoke first. Mark Brandt, a banker, spoke next. Hale’s papers have stood in the road, he said, by inventing a "fake reality".', expect: ['Tom Hale'] },
    { name: 'a surname alone that opens its sentence, written as a name elsewhere', text: 'Tom Hale spoke first. "We win," he said.\n\nBrandt also addressed the crowd on Friday. "We lose," he said. The crowd cheered for Brandt.', expect: ['Tom Hale', 'Brandt'] },
    // negative row: a word the text also writes in lower case is no name
    { name: 'not a capital word the text also writes in lower case', text: 'Tom Hale spoke first. "We win," he said.\n\nFootage also showed the crowd on Friday. "We lose," he said. The footage was short, for Footage Inc.', expect: ['Tom Hale', 'Tom Hale'] },
    // negative row: a word the text writes after "in" is a place
    { name: 'not a capital word the text writes as a place', text: 'Tom Hale spoke in Leeds. "We win," he said.\n\nLeeds also voted on Friday. "We lose," he said. The crowd cheered for Leeds.', expect: ['Tom Hale', 'Tom Hale'] },
    // negative row: a surname alone in a headline leaves the later full name his first introduction
    { name: 'someone introduced in full after a headline named him alone', text: 'Brandt fields attacks\n\nTen rivals gathered, but a sullen Tom Hale kept to his script. That put Sen. Mark Brandt of Leeds in the spotlight -- to the point that he charged the hosts with saying "go after Mark" all evening.', expect: ['Mark Brandt'] },
    { name: 'someone after "there was"', text: 'Tom Hale spoke first. "We win," he said. And there by the door was Dunmore, the night-shift baker. He did not look happy. "We lose," he said.', expect: ['Tom Hale', 'Dunmore'] },
    // negative row: a name governed inside what "there is" introduces is not the subject
    { name: 'not a name inside what "there is" introduces', text: 'Tom Hale spoke first. "We win," he said. Then there’s the problem of Mark Brandt. "We lose," he said.', expect: ['Tom Hale', 'Tom Hale'] },
    { name: 'the owner of a subject before "is to"', text: 'Tom Hale spoke first. "We win," he said. Indeed, Mark Brandt’s message is to call on all voters to act. He has challenged his own party. "We lose," he said.', expect: ['Tom Hale', 'Mark Brandt'] },
    // negative row: a name after a preposition in such a subject is not what it is about
    { name: 'not a name governed inside a subject before "is to"', text: 'Tom Hale spoke first. "We win," he said. Indeed, the message of Mark Brandt is to call on all voters to act. He has challenged his own party. "We lose," he said.', expect: ['Tom Hale', 'Tom Hale'] },
    { name: 'someone a role subject describes, in a sentence without a quote', text: 'Tom Hale spoke first. "We win," he said. Former Gov. Gary Ledwith runs for office. Then Mark Brandt, a banker, spoke. The former governor is a triathlete. He released a letter that says he has "good health".', expect: ['Tom Hale', 'Gary Ledwith'] },
    { name: 'someone a role subject describes as an owner', text: 'Tom Hale spoke first. "We win," he said. Former Gov. Gary Ledwith runs for office. Then Mark Brandt, a banker, spoke. Meanwhile, the former governor’s plan is new. He released a letter that says he has "good health".', expect: ['Tom Hale', 'Gary Ledwith'] },
    // negative row: a role nobody named holds names no one
    { name: 'not a role nobody named holds', text: 'Tom Hale spoke first. "We win," he said. Former Gov. Gary Ledwith runs for office. Then Mark Brandt, a banker, spoke. The former mayor is a triathlete. He released a letter that says he has "good health".', expect: ['Tom Hale', 'Mark Brandt'] },
    // negative row: a role word that only qualifies the subject's noun
    { name: 'not a role word that qualifies a noun', text: 'Tom Hale spoke first. "We win," he said. Former Gov. Gary Ledwith runs for office. Then Mark Brandt, a banker, spoke. The governor race is close. He released a letter that says he has "good health".', expect: ['Tom Hale', 'Mark Brandt'] },
    { name: 'the one a report speaks of, for a pronoun in a clause of time after it', text: 'Tom Hale said Mark Brandt was "right" when he said on Monday that the plan was "dead."', expect: ['Tom Hale', 'Mark Brandt'] },
    // negative rows: a report about no one, or about someone of the other sex, leaves the reporter
    { name: 'not a report about no one', text: 'Tom Hale said the plan was "right" when he said on Monday that it was "dead."', expect: ['Tom Hale', 'Tom Hale'] },
    { name: 'not a report about someone of the other sex', text: 'Tom Hale said Mary Kell was "right" when he said on Monday that the plan was "dead."', expect: ['Tom Hale', 'Tom Hale'] },
    { name: 'the subject before an aside that lacks its closing comma', text: 'Tom Hale spoke first. "We win," he said. Mark Lane, a onetime clerk to Governor Ada Vance has published a memoir where he describes her moods. He later added, "She once kicked a door."', expect: ['Tom Hale', 'Mark Lane'] },
    { name: 'a name set between commas after a description subject', text: 'Tom Hale spoke first. "We win," he said. Last week, the bureau director, Mark Brandt, said that no charges be filed against Hale, but he called his acts "extremely careless."', expect: ['Tom Hale', 'Mark Brandt'] },
    // negative row: a name after the comma of an object, not of the subject, is no subject
    { name: 'not a name set between commas after an object', text: 'Tom Hale spoke first. "We win," he said. Last week, the board met the bureau director, Mark Brandt, and he called the acts "extremely careless."', expect: ['Tom Hale', 'Tom Hale'] },
    { name: 'the subject of a clause set before the main one', text: 'Tom Hale and Mary Kell sent a letter to Mark Brandt. While Brandt said there was clear evidence that Kell was "careless," he said there was no case.', expect: ['Mark Brandt'] },
    // negative row: such a subject leaves a sentence about no one open to whom it introduces
    { name: 'someone introduced in a sentence that opens with such a clause', text: 'Mark Brandt spoke first. "We win," he said. While Brandt had many songs written about him, that has not happened for Mary Kell, which is something that worries Tom Dorn, head of the caucus. "No one sings for her," he said.', expect: ['Mark Brandt', 'Tom Dorn'] },
    { name: 'a name after an age as its sentence subject', text: 'Ari Dorn spoke first. "We win," Dorn said. At an event in Leeds, 62-year-old Mary Kell also railed against the plan. "It is bad," she said.', expect: ['Ari Dorn', 'Mary Kell'] },
    // "X said he …" tells X's sex; an owned title set off introduces someone a later pronoun may mean
    { name: 'not a man the text called "he", for "she"', text: 'Kurt Brandt said he was open to a compromise. She said: "The talks are over."', expect: ['She'] },
    { name: 'a woman introduced after an owned title', text: 'Greens leader Anna Berg spoke first. Karl-Heinz Vogt said he was open to talks. Vogt met his spokeswoman, Ana Lucía de la Cruz, on Friday. She told reporters he had "no intention of walking away."', expect: ['Ana Lucía de la Cruz'] },
    // negative row: the sex is learnt only when no one else of that sex was just spoken of
    { name: 'the woman spoken of, for "she" after another name', text: 'Anna Berg spoke first. Zofia Kell praised Berg. Ingo Lamm said she was "brave."', expect: ['Ingo Lamm'] },
    // a company written as a brand, or by the first word of its legal name, is no "he"; someone of that surname still is
    { name: 'not a company written as a brand', text: 'Tom Hale spoke first. NordBank said the cut was premature. "It is a mistake," he said.', expect: ['Tom Hale'] },
    { name: 'not the short form of a company named before', text: 'Tom Hale spoke first. Veltrix Holdings bought a rival on Monday. Veltrix said the deal would close in May. "We are pleased," he said.', expect: ['Tom Hale'] },
    { name: 'a brand-named company for "it"', text: 'Tom Hale spoke first. PetroNord said the cut was premature. "It is a mistake," it said.', expect: ['PetroNord'] },
    { name: 'someone of a company’s surname named in full', text: 'Veltrix Holdings bought a rival. Ana Veltrix, its founder, spoke first. Veltrix said the deal would close in May. "We are pleased," she said.', expect: ['Ana Veltrix'] },
    { name: 'a surname with a capital inside', text: 'Tom Hale spoke first. McAllister said the cut was premature. "It is a mistake," he said.', expect: ['McAllister'] },
    { name: 'a surname alone, new to the text', text: 'Tom Hale spoke first. Okonkwo said the cut was premature. "It is a mistake," he said.', expect: ['Okonkwo'] },
    { name: 'a convention is no person', text: '"We will win," said Tom Hale.\n\nThe claims of the speech to the National Convention on Wednesday do not stand up. He told his audience, "Nobody is better."', expect: ['Tom Hale', 'Tom Hale'] },
  ];
  for (const row of pronounRows) {
    it(`resolves a pronoun to: ${row.name}`, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      assert.deepEqual(a.quotes.filter((q) => !q.parentId).map((q) => q.speaker?.name ?? null), row.expect);
    });
  }

  it('prefers the previous speaker for a pronoun, and skips people of the other gender', () => {
    const text = 'Senator Anna Berg met John Hale on Tuesday.\n\n"It went well," Hale said.\n\n"We agreed on a date," she said.\n\n"Nothing is signed," he said.';
    const a = analyze(text);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['John Hale', 'Anna Berg', 'John Hale']);
  });

  const speakerTypes = [
    { name: 'a country that speaks is its government', text: '"The border stays open," Mexico said.', expect: ['Mexico', 'organization'] },
    { name: 'a state by its last word', text: '"We will appeal," New Jersey said.', expect: ['New Jersey', 'organization'] },
    { name: 'a surname that is also a place name', text: '"We are ready," said Mark Jordan.', expect: ['Mark Jordan', 'person'] },
    { name: 'a given name that is also a state', text: '"We are ready," Virginia Hale said.', expect: ['Virginia Hale', 'person'] },
    { name: 'an institute named with "for" after its head', text: 'Laura Okafor won the seat. The Leeds Center for Justice noted that "spending was high".', expect: ['the Leeds Center for Justice', 'organization'] },
    { name: 'a letter is no person', text: 'Tom Hale spoke first. "This must change," the staff letter said.', expect: ['the staff letter', 'document'] },
    // negative row: a given name before a word that ends place names is a person
    { name: 'a surname that ends place names', text: '"We are ready," Edith Hill said.', expect: ['Edith Hill', 'person'] },
    { name: 'a titled surname that ends place names', text: '"We are ready," Rep. Corwin Hill said.', expect: ['Corwin Hill', 'person'] },
  ];
  for (const row of speakerTypes) {
    it(`types the speaker: ${row.name}`, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      const entity = a.entities.find((e) => e.id === a.quotes[0].speaker?.entityId);
      assert.deepEqual([entity?.name, entity?.type], row.expect);
    });
  }

  const entityRows = [
    {
      name: 'a surname before a generational suffix',
      text: 'Justice Harold A. Wexley Jr. wrote the opinion. Wexley was blunt. "It is settled," Wexley said.',
      expect: [['Harold A. Wexley Jr.', 'person', 3]],
    },
    {
      name: 'a given name alone after the full name',
      text: 'Harriet Lorne spoke in Leeds. "We will win," Harriet said.',
      expect: [['Harriet Lorne', 'person', 2]],
    },
    // "Martin" is a known given name: the full name is a person, and "Jr." never one of its own.
    { name: 'a suffix is never a name alone', text: 'Dana Kell spoke at a Calvin Otis King Jr. celebration. "We will win," Kell said.', expect: [['Dana Kell', 'person', 2], ['Calvin Otis King Jr.', 'person', 1]] },
    { name: 'a two-word state is a place', text: '"We will appeal," South Carolina said.', expect: [['South Carolina', 'organization', 1]] },
    { name: 'a statement is no person', text: '"We will appeal," the statement said.', expect: [['the statement', 'document', 1]] },
    { name: 'a place named like a thing', text: 'Dana Kell never held a senior Harbour Hill post before. "We will win," Kell said.', expect: [['Dana Kell', 'person', 2]] },
    { name: 'a given name alone after "in" is a place', text: 'Dana Kell spoke in Charlotte on Wednesday. "We will win," Kell said.', expect: [['Dana Kell', 'person', 2]] },
    { name: 'a town and its state', text: 'Dana Kell dropped the sheriff of Tarbury, Oregon, from the county panel. "We will win," Kell said.', expect: [['Dana Kell', 'person', 2]] },
    // negative row: a given name alone that opens its sentence is someone
    { name: 'a given name alone as a subject', text: 'Tom Hale spoke first. Bob said nothing. "We will win," Hale said.', expect: [['Tom Hale', 'person', 2], ['Bob', 'person', 1]] },
    { name: 'a day after a name is no part of it', text: 'Voters elected Laura Kell to the state Supreme Court Tuesday. "We will win," Kell said.', expect: [['Laura Kell', 'person', 2]] },
    { name: 'a question verb before a name', text: 'Dana Kell ran an ad asking, "Is Tom Hale fit to serve?" Kell said the answer was "no".', expect: [['Dana Kell', 'person', 2], ['Tom Hale', 'person', 1]] },
    { name: 'a bare place that is also a name speaks as its government', text: '"We will wait," Israel said. "So will we," Washington said.', expect: [['Israel', 'organization', 1], ['Washington', 'organization', 1]] },
    // negative row: the same words in a full name are a person's
    { name: 'a full name ending in a place is a person', text: '"We will wait," Virginia Pardee said. Tremaine Washington agreed, saying "fine."', expect: [['Virginia Pardee', 'person', 1], ['Tremaine Washington', 'person', 1]] },
    { name: 'a given name before a given name is the name’s own', text: 'Tennis great Billie Jean Kell remembered the match. Abraham Hale spoke later.', expect: [['Billie Jean Kell', 'person', 1], ['Abraham Hale', 'person', 1]] },
    { name: 'a sentence adverb opens no name', text: 'Nevertheless, Dana Kell said the port was "open." Even Friday brought no news.', expect: [['Dana Kell', 'person', 1]] },
    // negative row: a given name with a surname of its own is someone else
    {
      name: 'two people who share a given name',
      text: 'Harriet Lorne spoke in Leeds. Harriet Brandt spoke next. "We will win," Brandt said.',
      expect: [['Harriet Lorne', 'person', 1], ['Harriet Brandt', 'person', 2]],
    },
  ];
  for (const row of entityRows) {
    it(`finds the entities: ${row.name}`, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      assert.deepEqual(a.entities.map((e) => [e.name, e.type, e.mentions.length]), row.expect);
    });
  }

  it('keeps two people of one surname apart, a bare surname going to the one written about most', () => {
    const a = analyze('Gordon Brandt opened the rally. Brandt spoke for an hour.\n\nMary Brandt praised her father. Brandt then took questions.');
    checkInvariants(a);
    assert.deepEqual(
      a.entities.map((e) => [e.name, e.mentions.map((m) => m.text)]),
      [['Gordon Brandt', ['Gordon Brandt', 'Brandt', 'Brandt']], ['Mary Brandt', ['Mary Brandt']]],
    );
  });

  const robust = [
    { name: 'empty file', text: '' },
    { name: 'CRLF', text: 'date 2024-01-02 T\r\n\r\n"Yes," she said.\r\n' },
    { name: 'binary junk', text: '\u0000"\u0001said\u0002 he "\uFFFF' },
    { name: 'only marks', text: '""""\'\'\'“”‘’' },
  ];
  for (const row of robust) {
    it(`never throws: ${row.name}`, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      assert.ok(!a.warnings.some((w) => w.code === 'stage-failed'));
    });
  }
});
