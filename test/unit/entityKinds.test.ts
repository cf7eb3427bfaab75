import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each entity as [name, type, mention count]. */
function entities(text: string): [string, string, number][] {
  const a = analyze(text);
  checkInvariants(a);
  return a.entities.map((e) => [e.name, e.type, e.mentions.length]);
}

describe('entity kinds and names', () => {
  const rows: { name: string; text: string; expect: [string, string, number][] }[] = [
    // outlets, platforms and companies known by one word
    { name: 'a platform that speaks is an organisation', text: 'Tom Hale posted the video. "We removed it," Twitter said.', expect: [['Tom Hale', 'person', 1], ['Twitter', 'organization', 1]] },
    { name: 'an airline known by one word', text: '"The plane left on time," EgyptAir said.', expect: [['EgyptAir', 'organization', 1]] },
    { name: 'a magazine whose title opens with a role word', text: '"He is unfit," National Review wrote.', expect: [['National Review', 'organization', 1]] },
    // a company's legal name, then its first word alone: one company; not after "the", nor for a description or a PAC
    { name: 'the short form of a company named before', text: 'Nashua Corp. raised its offer. Nashua said the board agreed. Nashua shares rose.', expect: [['Nashua Corp.', 'organization', 3]] },
    { name: 'not a word that opens a description of a company', text: 'The Dutch chemical group said net income rose. Dutch tax rates fell, Tom Hale said.', expect: [['the Dutch chemical group', 'organization', 1], ['Tom Hale', 'person', 1]] },
    { name: 'not a surname that opens a committee’s name', text: 'A pro-Dana Gingrich PAC ran an ad. Gingrich won the primary, Tom Hale said.', expect: [['Gingrich PAC', 'organization', 1], ['Gingrich', 'person', 1], ['Tom Hale', 'person', 1]] },
    // a full name before "of" and a body is the person who works there; a body's own name with "of", or a home state, is unchanged
    { name: 'a full name and the body one works at', text: 'Another pollster, Marcus Feld of Northgate University, said "it holds."', expect: [['Marcus Feld', 'person', 1], ['Northgate University', 'organization', 1]] },
    { name: 'a titled full name and the body one works at', text: '"It holds," said economist Ana Hale of the Brookfield Institute.', expect: [['Ana Hale', 'person', 1], ['Brookfield Institute', 'organization', 1]] },
    { name: 'not a body named with "of"', text: '"It holds," said the Bank of Varland.', expect: [['the Bank of Varland', 'organization', 1]] },
    { name: 'a full name and a home state', text: '"It holds," said Gov. Terry Vance of Iowa.', expect: [['Terry Vance', 'person', 1]] },
    // "the spokesman" after "a spokesman" is the same one; "another spokesman" is someone else
    { name: 'a definite description after an indefinite one', text: 'A ministry spokesman said "no." Later, the spokesman said "never."', expect: [['A ministry spokesman', 'person', 2]] },
    { name: 'not another of the same kind', text: 'A ministry spokesman said "no." Another spokesman said "never."', expect: [['A ministry spokesman', 'person', 1], ['Another spokesman', 'person', 1]] },
    { name: 'a trading company', text: '"We met every rule," Calvero Trading said.', expect: [['Calvero Trading', 'organization', 1]] },
    // words that only describe a title, before one word
    { name: 'a holiday after a role word is no one', text: 'Dana Kell spoke before Labor Day. "We will win," Kell said.', expect: [['Dana Kell', 'person', 2]] },
    { name: 'a committee’s subject is no one', text: 'Dana Kell sits on Foreign Relations. "We will win," Kell said.', expect: [['Dana Kell', 'person', 2]] },
    // negative rows: a title before a surname still makes a person
    { name: 'a title and a surname', text: '"We will win," Former Sen. Kell said.', expect: [['Kell', 'person', 1]] },
    { name: 'a title with its "of" before a surname', text: '"We will win," Secretary of State Hale said.', expect: [['Hale', 'person', 1]] },
    // honorifics
    { name: 'a surname that is a role word, after an honorific', text: 'Anna White runs the shelter. "We are full," Ms. White said.', expect: [['Anna White', 'person', 2]] },
    { name: 'a man and a woman of one surname', text: 'Omar Khan and Mary Khan spoke. "We grieve," Mrs. Khan said. "We fight," Mr. Khan said.', expect: [['Omar Khan', 'person', 2], ['Mary Khan', 'person', 2]] },
    { name: 'a no-break space inside a name', text: 'Former Speaker Rufus\u00a0Kell said "yes." "No," Kell said.', expect: [['Rufus Kell', 'person', 2]] },
    // a sum added, and a participle after an object, report no speech and make no speaker
    { name: 'a sum added to a bill', text: 'The rise adds £96 a year to a bill. "It is fair," Tom Hale said.', expect: [['Tom Hale', 'person', 1]] },
    { name: 'a plan announced on a day', text: 'The council dropped a plan announced in November. "It is over," Tom Hale said.', expect: [['Tom Hale', 'person', 1]] },
    // negative rows: a number after "added" that opens a clause, and a verb that hands over with "that"
    { name: 'an amount that opens what was added', text: 'Kell added 40 people had died. "It is over," Tom Hale said.', expect: [['Kell', 'person', 1], ['Tom Hale', 'person', 1]] },
    { name: 'a report by a body that notes', text: 'A report by the agency noted that rents rose. "It is over," Tom Hale said.', expect: [['A report by the agency', 'organization', 1], ['Tom Hale', 'person', 1]] },
    // a party tag set off after a name describes it and names no one
    { name: 'a party tag before an aside', text: '"We lose a million acres," said Sen. Dana Whitcomb, D-Ore., the sponsor.', expect: [['Dana Whitcomb', 'person', 1]] },
    { name: 'a party tag of two initials', text: '"It works," said Rep. Ana Hale, R-S.C., the sponsor.', expect: [['Ana Hale', 'person', 1]] },
    // negative row: a hyphenated given name is a name
    { name: 'a hyphenated given name', text: 'Jean-Luc Martin said "yes."', expect: [['Jean-Luc Martin', 'person', 1]] },
    // a name after a common noun's "of" belongs to that noun's phrase, which speaks
    { name: 'a country after "the government of"', text: 'The government of Varland said it would raise tariffs.', expect: [['the government of Varland', 'organization', 1]] },
    { name: 'a town after "the mayor of"', text: '"We are ready," the mayor of Tarbury said.', expect: [['the mayor of Tarbury', 'person', 1]] },
    // negative rows: a share of a group, a full name and a title's "of" keep the name
    { name: 'a share of a group named after "of"', text: 'A majority of Americans said taxes were too high.', expect: [['Americans', 'group', 1]] },
    { name: 'a full name after a common noun\'s "of"', text: 'The killing of Dr. Ana Vell, a surgeon, has become an issue, say analysts.', expect: [['Ana Vell', 'person', 1]] },
    { name: 'a capitalised title with its "of"', text: '"We will win," Secretary of State Dana Kell said.', expect: [['Dana Kell', 'person', 1]] },
    // a description set off before one aside that describes it again is the subject
    { name: 'a group described again before the verb', text: 'Tom Hale spoke. The tenants, a group of forty families, said rents rose.', expect: [['Tom Hale', 'person', 1], ['the tenants', 'group', 1]] },
    // negative row: a time phrase before a chain of asides is no subject
    { name: 'a time phrase before two asides', text: 'Tom Hale spoke. The next day, a spokesman, Ana Kell, said rents rose.', expect: [['Tom Hale', 'person', 1], ['Ana Kell', 'person', 1]] },
    // places
    { name: 'a city after "in" inside a subject', text: 'A man at the meeting in Chicago said he was "ready."', expect: [['A man at the meeting in Chicago', 'person', 1]] },
    // negative row: a name after "after" is the subject of its own clause
    { name: 'a name after "after" speaks', text: 'Prices rose after Dana Kell said the port was "closed."', expect: [['Dana Kell', 'person', 1]] },
    { name: 'a given name before a state is a town, then and later', text: 'Protests spread to towns like Charlotte, N.C., last week. "Calm down in Charlotte," Dana Kell said.', expect: [['Dana Kell', 'person', 1]] },
    // negative row: the same given name with a surname is a person
    { name: 'a given name with a surname', text: 'Charlotte Hale said "yes."', expect: [['Charlotte Hale', 'person', 1]] },
    // words before a name that are no part of it
    { name: 'a heading in capitals before a title', text: 'BLAST IN PORT Mayor Dana Kell said the city was "in mourning."', expect: [['Dana Kell', 'person', 1]] },
    { name: 'an opening adverb before a known surname', text: 'Tom Hale spoke on Monday. Even Hale admitted it was "hard."', expect: [['Tom Hale', 'person', 2]] },
    // negative row: a given name that looks like an adverb opens a name
    { name: 'a given name shaped like an adverb', text: 'Waverly Dunholt said "no."', expect: [['Waverly Dunholt', 'person', 1]] },
    { name: 'a given name before a noun for people describes them', text: 'Dana Kell met Christian leaders on Monday. "We will win," Kell said.', expect: [['Dana Kell', 'person', 2]] },
    // one entity per name
    { name: 'a surname that is a full name’s inner word', text: 'Marisol Arroyo Quiles runs the bank. "We need help," Ms. Arroyo said.', expect: [['Marisol Arroyo Quiles', 'person', 2]] },
    { name: 'an agency with and without "the"', text: 'The FBI opened a case. "We act," the FBI said. "No comment," FBI said.', expect: [['FBI', 'organization', 3]] },
    { name: 'a description ending in a title and a full name', text: '"It is new," said Kell’s top policy aide Tom Hale.', expect: [['Tom Hale', 'person', 1]] },
    // the writer's "we" outside a quote is no one the article names; a heading before a colon is no speaker
    { name: 'the newsroom\'s "we"', text: 'The Statistics Office estimates that four in ten crimes are reported. We contacted the office on Monday.', expect: [['Statistics Office', 'organization', 1]] },
    { name: 'a fact check\'s heading', text: 'Claim: "Crime has fallen by 30%." Verdict: "Misleading."', expect: [] },
    { name: 'negative: a name before a colon still speaks', text: 'Tilley: "Crime has fallen."', expect: [['Tilley', 'person', 1]] },
    // a body's word that is a surname too: a person after a given name or a title, the network alone
    { name: 'a given name before a surname that names a network', text: 'Dr. Lena Fox, an engineer, said the bridge was "unsafe."', expect: [['Lena Fox', 'person', 1]] },
    { name: 'negative: the network alone', text: '"It is unsafe," Fox reported.', expect: [['Fox', 'organization', 1]] },
    // a title and a full name before "of" and a company: the person, whatever the company's last word
    { name: 'an analyst at a firm ending in "Capital"', text: 'Analyst Priyanka Rao of Brightline Capital said the cuts were "overdue".', expect: [['Priyanka Rao', 'person', 1]] },
    { name: 'negative: a body\'s own name with "of"', text: 'Bank of Harwick Holdings said the cuts were "overdue".', expect: [['Bank of Harwick Holdings', 'organization', 1]] },
    // a company by what it makes
    { name: 'a maker of something', text: 'Veltrix will cut 4,000 jobs, the software maker said in a "filing".', expect: [['the software maker', 'organization', 1]] },
    { name: 'two writers: both, with no title', text: '"We won," Edward Hale and Gabriel Kell wrote.', expect: [['Edward Hale', 'person', 1], ['Gabriel Kell', 'person', 1]] },
    { name: 'an opener alone before a day names no one', text: 'Earlier Tuesday, Dana Kell said "no."', expect: [['Dana Kell', 'person', 1]] },
    // outlets named by the noun after them
    { name: 'a name before "magazine" is an outlet', text: '"The race is over," wrote Time magazine.', expect: [['Time', 'organization', 1]] },
    // negative rows: a linking word is no title; an adjective after "the" is no outlet
    { name: 'a body whose name has "for" in it', text: '"It is new," said the Center for Port Studies.', expect: [['the Center for Port Studies', 'organization', 1]] },
    { name: 'an adjective before "newspaper"', text: 'Dana Kell read the Israeli newspaper Haaretz. "We won," Kell said.', expect: [['Dana Kell', 'person', 2]] },
    // things and adjectives
    { name: 'a treaty named after role words', text: 'Free Trade Agreement backers cheered. "It works," Dana Kell said.', expect: [['Dana Kell', 'person', 1]] },
    // negative row: a thing word alone may be a surname
    { name: 'a surname that is a thing word', text: '"It fails," Law said.', expect: [['Law', 'person', 1]] },
    { name: 'a given name after "are" is an adjective', text: 'Most immigrants are Christian. "We pray," Dana Kell said.', expect: [['Dana Kell', 'person', 1]] },
    { name: 'a place owned by a person is no one', text: 'Tom Hale spoke. In Dana Kell’s America, "taxes rise," Hale said.', expect: [['Tom Hale', 'person', 2]] },
    { name: 'a title of a party post before a surname', text: 'Republican National Committeeman Hale said "no."', expect: [['Hale', 'person', 1]] },
    // a body's name that runs past "of", and a time phrase after a body's name
    { name: 'a bank named for its country', text: 'The Bank of England raised rates. "Inflation is falling," it said.', expect: [['Bank of England', 'organization', 2]] },
    { name: 'a possessive body name', text: 'The Bank of England’s decision was clear. "It is done," Dana Kell said.', expect: [['Bank of England', 'organization', 1], ['Dana Kell', 'person', 1]] },
    { name: 'a ministry before a day', text: 'The Ministry of Health on Friday announced a plan. "It helps," it said.', expect: [['the Ministry of Health', 'organization', 2]] },
    { name: 'a ministry before "yesterday"', text: 'The Ministry of Health yesterday announced a plan.', expect: [['the Ministry of Health', 'organization', 1]] },
    { name: 'companies by their last words', text: 'Corvid Holdings said profit rose. Bellmont Technologies reported a loss.', expect: [['Corvid Holdings', 'organization', 1], ['Bellmont Technologies', 'organization', 1]] },
    { name: 'a company ending in an energy word', text: 'Tarvik Energy cut jobs on Monday.', expect: [['Tarvik Energy', 'organization', 1]] },
    // negative rows: a company word alone, or lower-case, names no company
    { name: 'a company word alone is no company', text: 'Systems failed. "We fixed them," Dana Kell said.', expect: [['Dana Kell', 'person', 1]] },
    { name: 'a lower-case company word after a name', text: 'Dana Kell said capital spending rose.', expect: [['Dana Kell', 'person', 1]] },
    { name: 'a county named like a person', text: 'In Brent County, the margin was 312 votes. Dana Kell said it was close.', expect: [['Dana Kell', 'person', 1]] },
    { name: 'a body word before a title and a name', text: 'Tom Hale spoke. Union organiser Tavia Quorn said jobs were at risk.', expect: [['Tom Hale', 'person', 1], ['Tavia Quorn', 'person', 1]] },
    { name: 'a union named after "the union"', text: 'The union Unite Together said the change would hurt.', expect: [['Unite Together', 'organization', 1]] },
    { name: 'a charity named after "the charity"', text: 'The charity Shelter warned that rents would rise.', expect: [['Shelter', 'organization', 1]] },
    // negative rows: a person ending in a word of places, a person after a body word and its verb, a body word that opens its sentence
    { name: 'a person ending in a thing word after a given name', text: 'Norma Hill said she was not surprised.', expect: [['Norma Hill', 'person', 1]] },
    { name: 'a person after a body that is a subject', text: 'The union met Tavia Quorn on Monday. "We agreed," Quorn said.', expect: [['Tavia Quorn', 'person', 2]] },
    { name: 'a council before a month', text: 'The council in March said it would act.', expect: [['the council', 'organization', 1]] },
    // negative rows: a title's "of", and a title and a name after a body's name, are no body
    { name: 'a body in a person’s title', text: 'Department of Justice Secretary Dana Kell sued.', expect: [['Dana Kell', 'person', 1]] },
    { name: 'a place after a governed time phrase is no subject', text: 'Voters hoping to seize control of the Senate in March say they will win.', expect: [] },
    // a body's common noun that opens its sentence before the noun it qualifies
    { name: 'a kind of body before its noun', text: 'Coalition talks stalled. "We are close," Dana Kell said.', expect: [['Dana Kell', 'person', 1]] },
    // negative rows: a body the text writes as a name, or one that is its verb's subject
    { name: 'a body written as a name elsewhere', text: 'Congress quickly passed the bill. Then Congress left.', expect: [['Congress', 'organization', 2]] },
    { name: 'a body before its verb', text: 'Parliament voted to leave. "It was close," it said.', expect: [['Parliament', 'organization', 2]] },
    // a name set off after a kind of body is that body
    { name: 'a utility named after its description', text: 'The national water utility, AquaNor, said supplies would be cut. "We had no choice," it said.', expect: [['AquaNor', 'organization', 2]] },
    { name: 'a company named after its description', text: 'The company, Veltrix, said it would close.', expect: [['Veltrix', 'organization', 1]] },
    // negative rows: a known given name, or a body that is an object before "X said"
    { name: 'a person after an owned title', text: 'His aide, Ingrid Ortega, spoke.', expect: [['Ingrid Ortega', 'person', 1]] },
    { name: 'a person after a body that closes a clause', text: 'We had to close the firm, Zofia Kelly said.', expect: [['Zofia Kelly', 'person', 1]] },
    // a description and the name set off after it are one person
    { name: 'a title and the name in apposition', text: 'The Speaker, Anthony Pell, rebuked Tom Hale for calling the minister "a fantasist."', expect: [['Anthony Pell', 'person', 1], ['Tom Hale', 'person', 1]] },
    // negative row: a phrase of place set off before a name is no one
    { name: 'a place set off before a name', text: 'In the capital, Anthony Pell rebuked Tom Hale for calling the minister "a fantasist."', expect: [['Anthony Pell', 'person', 1], ['Tom Hale', 'person', 1]] },
    // words said again inside a quotation are no name
    { name: 'a word said twice', text: 'The Speaker said: "Order, order. The member will sit down."', expect: [['the Speaker', 'person', 1]] },
    // publications shown by the words before them
    { name: 'a name after "wrote in" is a publication', text: 'Dana Kell wrote in Vulture that the show was weak. "It fails," Vulture said.', expect: [['Dana Kell', 'person', 1], ['Vulture', 'organization', 1]] },
    { name: 'a name after "told the" is a publication', text: 'Tom Hale told the Courier he was "done." "We agree," Courier said.', expect: [['Tom Hale', 'person', 1], ['Courier', 'organization', 1]] },
    // negative rows: a person told, and a person's speech written in
    { name: 'a name after "told" alone is a person', text: 'Ann Bell told Kell she was "sorry." "No," Kell said.', expect: [['Ann Bell', 'person', 1], ['Kell', 'person', 1]] },
    { name: 'an owner after "wrote in" is a person', text: 'Tom Hale wrote in Kell’s speech that it was "weak." "No," Kell said.', expect: [['Tom Hale', 'person', 1], ['Kell', 'person', 1]] },
    { name: 'a group named "United" is an organisation', text: 'Citizens United sued. "We will win," Citizens United said.', expect: [['Citizens United', 'organization', 2]] },
    { name: 'a valley is no one', text: 'Silicon Valley cheered the plan. "We will win," Dana Kell said.', expect: [['Dana Kell', 'person', 1]] },
    { name: 'a title in capitals is no surname', text: 'Former Hewlett-Packard CEO Dana Kell spoke. Hewlett-Packard CEO said nothing.', expect: [['Dana Kell', 'person', 2]] },
    // a given name named before the full name
    { name: 'a given name alone before the full name', text: 'Harriet wins again.\n\n"We won," Harriet said. Harriet Lorne spoke later.', expect: [['Harriet Lorne', 'person', 3]] },
    // negative row: two people share the given name, so it stays apart
    { name: 'a given name two people share', text: '"Yes," Tom said. Tom Hale and Tom Kell spoke later.', expect: [['Tom', 'person', 1], ['Tom Hale', 'person', 1], ['Tom Kell', 'person', 1]] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(entities(row.text), row.expect));

  it('keeps a title with "and" inside it whole', () => {
    const a = analyze('Climate and Energy Minister Dana Kell said the grid was "ready."');
    checkInvariants(a);
    assert.deepEqual(a.entities.map((e) => e.roles), [['Climate and Energy Minister']]);
  });

  it('keeps a title of two writers off both', () => {
    const a = analyze('"We won," Edward Hale and Gabriel Kell wrote.');
    checkInvariants(a);
    assert.deepEqual(a.entities.map((e) => e.roles), [[], []]);
  });
});

describe('quotes a noun names, which no one says', () => {
  const rows = [
    { name: 'a play called by a title', text: 'A troupe staged a play called "Sons of the port and the sea" in Leeds on Monday.', expect: [null] },
    { name: 'a plan dubbed by a name', text: 'Dana Kell spoke on Monday. The council backs a levy dubbed "the harbour tax of the year."', expect: [null] },
    // negative rows: a person calling something names the speaker
    { name: 'a person calls a plan something', text: 'Tom Hale called the plan "a disaster for the port."', expect: ['Tom Hale'] },
    { name: 'a pronoun before "called"', text: 'Dana Kell spoke on Monday. She called "for calm in the port tonight."', expect: ['Dana Kell'] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      assert.deepEqual(a.quotes.filter((q) => !q.parentId).map((q) => q.speaker?.name ?? null), row.expect);
    });
  }
});
