import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';
import { analyzeThrough } from './throughStage';

const quotesOf = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a;
};

describe('quotes', () => {
  const rows = [
    { name: 'straight marks', text: '"We will cut taxes," the minister said.', expect: ['"We will cut taxes,"'] },
    { name: 'curly marks', text: '“We will cut taxes,” the minister said.', expect: ['“We will cut taxes,”'] },
    { name: 'a partial quote in reported speech', text: 'He said Allies should "ramp up production".', expect: ['"ramp up production"'] },
    { name: 'single curly marks that quote', text: '‘We will win,’ she said.', expect: ['‘We will win,’'] },
    { name: 'typewriter marks', text: "''It is over,'' he said.", expect: ["''It is over,''"] },
    { name: 'two quotes around a cue', text: '"First," he said, "second."', expect: ['"First,"', '"second."'] },
    { name: 'a quote over a line break', text: '"It goes on\nand ends here," he said.', expect: ['"It goes on\nand ends here,"'] },
    { name: 'apostrophes are not quotes', text: 'The leaders’ summit didn’t start. It\'s late, isn\'t it?', expect: [] },
    { name: 'plural possessive with straight marks', text: "The ministers' meeting ended.", expect: [] },
    { name: 'decades are not quotes', text: 'Since the ’90s and the \'80s, prices rose.', expect: [] },
    { name: 'inch marks are not quotes', text: 'They laid a 12" pipe under the road.', expect: [] },
    { name: 'inch marks beside a real quote', text: 'A 12" pipe burst. "It flooded," she said.', expect: ['"It flooded,"'] },
    { name: 'marks inside markup tags', text: '<tweet id="123" author="@x">Hello</tweet> and more.', expect: [] },
    { name: 'a stray closing mark', text: 'It ended” there.', expect: [] },
    { name: 'a tag-like run over a lone CR is no tag', text: 'See <b\r"Yes," she said.>', expect: ['"Yes,"'] },
    { name: 'a left mark typed as a closer', text: 'They called them “liars“ and “cheats” again.', expect: ['“liars“', '“cheats”'] },
    { name: 'a left mark typed as a closer before a cue', text: '“It is over,“ she said. “We lost.”', expect: ['“It is over,“', '“We lost.”'] },
    { name: 'a left mark typed as a closer at the paragraph end', text: '“It is over.“\n\nThe count went on.', expect: ['“It is over.“'] },
    { name: 'a left mark after a word with nothing open is stray', text: 'It ended“ there. The end “', expect: [] },
    { name: 'a nested left mark still opens', text: '“They said “no” twice,” she said.', expect: ['“They said “no” twice,”'] },
    { name: 'a stray opener mid-line before a closed double quote', text: 'Kell said that “the plan “has to do with pride” in the end.', expect: ['“has to do with pride”'] },
    { name: 'a stray opener mid-line keeps a single quote nested in speech', text: 'Kell said: “There is no magic in the word ‘reform.’ It is talk.', expect: ['“There is no magic in the word ‘reform.’ It is talk.'] },
    { name: 'a paragraph left open with a double quote nested goes on', text: '“We said “no” to them.\n\n“And then we left,” Kell said.', expect: ['“We said “no” to them.\n\n“And then we left,”'] },
    { name: 'a right mark typed as an opener', text: 'Aides wanted to ”get close” to him.', expect: ['”get close”'] },
    { name: 'a right mark opening a paragraph', text: 'He paused.\n\n” … and then we won,” she said.', expect: ['” … and then we won,”'] },
    { name: 'a right mark typed as an opener and never closed is stray', text: 'Aides wanted to ”get close to him.', expect: [] },
    { name: 'a doubled curly opener', text: 'It reads: ““We stand firm,” the text says.', expect: ['““We stand firm,”'] },
    { name: 'a straight mark doubled with a curly one', text: '"“We stand firm,” she said, and left."', expect: ['"“We stand firm,”'] },
    { name: 'a straight opener with a curly closer', text: '"I prefer the governor,” he said. "Yes," she said.', expect: ['"I prefer the governor,”', '"Yes,"'] },
    { name: 'a curly opener with a straight closer', text: 'It would “bring people together." Then they left.', expect: ['“bring people together."'] },
    { name: 'a curly opener with a straight closer and no space after it', text: '“Yes,"she said. “No.”', expect: ['“Yes,"', '“No.”'] },
    { name: 'an inch mark inside a curly quote closed by a straight mark', text: '“A 12" pipe burst," she said.', expect: ['“A 12" pipe burst,"'] },
    { name: 'an inch mark inside a straight quote closed by a curly mark', text: '"A 12" pipe burst,” she said.', expect: ['"A 12" pipe burst,”'] },
    { name: 'a stray straight mark inside a curly quote', text: '“We said "no,” she said.', expect: ['“We said "no,”'] },
    { name: 'mixed marks over two paragraphs opened alike', text: '“It was late.\n\n“We left," she said.', expect: ['“It was late.\n\n“We left,"'] },
    { name: 'an apostrophe inside mixed marks', text: '“The players’ union agreed," she said.', expect: ['“The players’ union agreed,"'] },
    { name: 'single marks mixed the same way', text: '‘We will win,\' she said. \'We lost,’ he said.', expect: ['‘We will win,\'', '\'We lost,’'] },
    // negative rows: a mark after a digit closes when the marks after it pair up; a closed nested quote stays nested
    { name: 'a year closing a mixed quote before another quote', text: '“It was 1999" and "hot," she said.', expect: ['“It was 1999"', '"hot,"'] },
    { name: 'a year closing a mixed quote at the end', text: 'She called it “the year 1999" in her talk.', expect: ['“the year 1999"'] },
    { name: 'a straight quote nested in a curly one', text: '“They said "no" twice,” she said.', expect: ['“They said "no" twice,”'] },
    { name: 'mixed scare quotes', text: 'It was a “so-called" reform and a "new” start.', expect: ['“so-called"', '"new”'] },
    { name: 'German low-high marks', text: 'Er sagte „Nein“ dazu.', expect: ['„Nein“'] },
    { name: 'a tag over a line break', text: '<tweet author="@x" date="May 1\n">Hello "there"</tweet>', expect: ['"there"'] },
    { name: 'a tag-like run over a line break without attributes is no tag', text: 'See <b\n"Yes," she said.>', expect: ['"Yes,"'] },
    { name: 'a straight passage is not reopened by curly marks', text: '"A pasted passage.\n\n“A new quote,” she said.', expect: ['"A pasted passage.', '“A new quote,”'] },
    { name: 'a straight opener never closed before the next quote', text: '"The tram is coming, Ana Ruiz said. "It will be late," she added.', expect: ['"It will be late,"'] },
    // negative rows: an even count of straight marks pairs in order, nested or not
    { name: 'two straight quotes in one paragraph', text: '"The tram is coming," Ana Ruiz said. "It will be late," she added.', expect: ['"The tram is coming,"', '"It will be late,"'] },
    { name: 'a straight quote opened at a paragraph end goes on', text: '"The tram is coming.\n\n"It will be late," she added.', expect: ['"The tram is coming.\n\n"It will be late,"'] },
    { name: 'a plural possessive inside single marks', text: "'We will not let the nurses' union down,' said Ann Lee.", expect: ["'We will not let the nurses' union down,'"] },
    { name: 'a curly plural possessive inside single marks', text: '‘The workers’ pay must rise,’ she said.', expect: ['‘The workers’ pay must rise,’'] },
    { name: 'a plural possessive before a comma inside single marks', text: "'It was the Hallorans', not ours,' she said.", expect: ["'It was the Hallorans', not ours,'"] },
    { name: 'a curly plural possessive before a comma', text: '‘It was the builders’, not ours,’ he said.', expect: ['‘It was the builders’, not ours,’'] },
    { name: 'a single quote over two paragraphs', text: "Ann Lee said: 'We cut waits this year.\n\n'Next year we will do more.'", expect: ["'We cut waits this year.\n\n'Next year we will do more.'"] },
    // negative rows: a single mark after an s closes when no closer follows, or an opener does; a paragraph not reopened ends it
    { name: 'a single quote closing after an s', text: "Voters backed the 'yes' campaign.", expect: ["'yes'"] },
    { name: 'a single quote after an s before another quote', text: "The 'yes' side and the 'no' side met.", expect: ["'yes'", "'no'"] },
    { name: 'a single quote closing after an s and a comma', text: "'We cut the rates', Kell said of the farmers' levy.", expect: ["'We cut the rates'"] },
    { name: 'a single quote after an s and a comma before another quote', text: "'We cut the rates', he said, 'and the councils' plan failed.'", expect: ["'We cut the rates'", "'and the councils' plan failed.'"] },
    { name: 'an unclosed single mark before prose', text: "Ann Lee said: 'We cut waits this year.\n\nThe board met.", expect: [] },
    { name: 'empty file', text: '', expect: [] },
    { name: 'binary junk', text: '\u0000\u0001\uFFFD"\u0007\u0000', expect: [] },
  ];
  for (const row of rows) {
    it(`finds quotes: ${row.name}`, () => {
      const a = quotesOf(row.text);
      assert.deepEqual(a.quotes.filter((q) => !q.parentId).map((q) => q.text), row.expect);
    });
  }

  it('warns of a stray straight mark where it stands, and of none when the marks pair up', () => {
    const stray = quotesOf('"The tram is coming, Ana Ruiz said. "It will be late," she added.');
    assert.deepEqual(stray.warnings.filter((w) => w.code === 'stray-quote-mark').map((w) => [w.start, w.end]), [[0, 1]]);
    const paired = quotesOf('"The tram is coming," Ana Ruiz said. "It will be late," she added.');
    assert.deepEqual(paired.warnings.filter((w) => w.code === 'stray-quote-mark'), []);
  });

  it('cuts an unclosed quote at its paragraph end, with a warning', () => {
    const text = '“It will never close\n\nThe next paragraph is prose.';
    const a = quotesOf(text);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.unclosed]), [['“It will never close', true]]);
    assert.ok(a.warnings.some((w) => w.code === 'unclosed-quote'));
  });

  it('joins a quote reopened in the next paragraph', () => {
    const text = '“The first paragraph of speech.\n\n“The second one ends it,” she said.';
    const a = quotesOf(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].text, text.slice(0, text.indexOf(',”') + 2));
    assert.equal(a.quotes[0].unclosed, false);
    assert.ok(a.quotes[0].content.text.includes('\n\n'));
  });

  it('joins a quote reopened on the next line', () => {
    const a = quotesOf('“One line of speech.\n“And another,” she said.');
    assert.deepEqual(a.quotes.map((q) => q.unclosed), [false]);
  });

  const nested = [
    { name: 'a single quote ending at the outer closing mark', text: `"She means 'not yet,'" said Ann Lee.`, expect: [`'not yet,'`] },
    { name: 'two single quotes, the last at the outer closing mark', text: `"She says 'no,' and means 'not yet,'" he said.`, expect: [`'no,'`, `'not yet,'`] },
    { name: 'a curly outer mark', text: `“My boss told me, 'Nobody reads these,'” Lee said.`, expect: [`'Nobody reads these,'`] },
    // negative rows: a single mark after a space before a double mark opens; a single quote closed earlier stays as it is
    { name: 'a single quote opening on a double mark', text: `'"No," she said,' he recalled.`, expect: [`"No,"`] },
    { name: 'a single quote closed inside', text: `"She said 'no' twice," he said.`, expect: [`'no'`] },
  ];
  for (const row of nested) {
    it(`finds nested quotes: ${row.name}`, () => {
      const a = quotesOf(row.text);
      assert.deepEqual(a.quotes.filter((q) => q.parentId).map((q) => q.text), row.expect);
    });
  }

  it('links nested quotes to their parent', () => {
    const a = quotesOf('“He told me ‘never again’ twice,” she said.');
    const [outer, inner] = a.quotes;
    assert.equal(inner.text, '‘never again’');
    assert.equal(inner.parentId, outer.id);
    assert.deepEqual(outer.nestedIds, [inner.id]);
  });

  it('links straight quotes nested in curly ones', () => {
    const a = quotesOf('“They called it "a plan" on Monday,” she said.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.parentId ?? null]), [
      ['“They called it "a plan" on Monday,”', null],
      ['"a plan"', 'q1'],
    ]);
  });

  const kinds = [
    { name: 'speech', text: '"We will cut taxes next year," the minister said.', expect: 'speech' },
    { name: 'a title', text: 'She appeared on "Meet the Press" last week.', expect: 'title' },
    { name: 'scare quotes', text: 'The so-called "reform" was delayed.', expect: 'scare' },
    { name: 'a short quote with a cue is speech', text: 'He called the plan "a disaster".', expect: 'speech' },
  ];
  for (const row of kinds) {
    it(`tells the kind of a quote: ${row.name}`, () => {
      assert.equal(quotesOf(row.text).quotes[0].kind, row.expect);
    });
  }

  it('keeps the content between the marks', () => {
    const a = quotesOf('Then: “Go.”');
    assert.equal(a.quotes[0].content.text, 'Go.');
  });

  it('handles CRLF and a BOM', () => {
    const a = quotesOf('\uFEFFdate 2024-01-02 T\r\n\r\n"Yes," he said.\r\n\r\n"No," she said.\r\n');
    assert.deepEqual(a.quotes.map((q) => q.text), ['"Yes,"', '"No,"']);
  });

  it('handles a 1 MB text', () => {
    const a = analyzeThrough('speakers', '"We will act," the minister said. The talks went on.\n\n'.repeat(19000));
    checkInvariants(a);
    assert.equal(a.quotes.length, 19000);
    assert.equal(a.quotes[18999].speaker?.name, 'the minister');
  });
});
