import * as assert from 'node:assert/strict';
import { analyze, analyzeBatch } from '../../src/core';
import { readingText } from '../../src/core/compose/readingText';
import { checkInvariants } from './invariants';

describe('readingText', () => {
  const rows: { name: string; text: string; composed: string | null; offsets?: [number, 'start' | 'end', number][] }[] = [
    { name: 'a decomposed accent', text: 'Jose\u0301 said', composed: 'José said',
      offsets: [[0, 'start', 0], [3, 'start', 3], [4, 'end', 5], [5, 'start', 6], [9, 'end', 10]] },
    { name: 'two marks on one letter, twice', text: 'Nu\u0301n\u0303ez', composed: 'Núñez', offsets: [[1, 'start', 1], [2, 'start', 3], [3, 'start', 5], [5, 'end', 7]] },
    { name: 'a mark on a letter that has no composed form, kept', text: 'q\u0301 and e\u0301', composed: 'q\u0301 and é', offsets: [[1, 'start', 1], [2, 'end', 2], [7, 'start', 7], [8, 'end', 9]] },
    { name: 'an emoji before the accent', text: '\u{1F600} Jose\u0301', composed: '\u{1F600} José', offsets: [[7, 'end', 8]] },
    { name: 'a paragraph separator, as a blank line', text: 'a\u2029b', composed: 'a\n\nb', offsets: [[1, 'end', 1], [2, 'start', 1], [2, 'end', 2], [3, 'start', 2], [4, 'end', 3]] },
    { name: 'a line separator, as a line break', text: 'a\u2028b', composed: 'a\nb', offsets: [[1, 'end', 1], [2, 'start', 2]] },
    { name: 'lone carriage returns, as line breaks', text: 'a\rb\r\rc', composed: 'a\nb\n\nc', offsets: [[1, 'end', 1], [2, 'start', 2], [5, 'start', 5]] },
    { name: 'a lone carriage return among CRLF line ends', text: 'a\r\nb\rc', composed: 'a\r\nb\nc' },
    { name: 'full-width digits, as ASCII ones', text: 'rose \uff13.\uff15%', composed: 'rose 3.5%', offsets: [[5, 'start', 5], [9, 'end', 9]] },
    { name: 'Arabic-Indic digits, both blocks', text: '\u0665\u0660 and \u06f5', composed: '50 and 5' },
    // negative rows: nothing to rewrite
    { name: 'plain ASCII', text: 'The mayor said so.', composed: null },
    { name: 'CRLF line ends', text: 'a\r\nb\r\n', composed: null },
    { name: 'composed accents already', text: 'José Núñez', composed: null },
    { name: 'a mark with nothing to compose with', text: 'q\u0301 x\u20dd', composed: null },
    { name: 'the Ångström sign, which only whole-text NFC would replace', text: '5 \u212b wide', composed: null },
    { name: 'a mark at the very start', text: '\u0301abc', composed: null },
  ];
  for (const row of rows) {
    it(`${row.composed === null ? 'leaves' : 'composes'} ${row.name}`, () => {
      const result = readingText(row.text);
      assert.equal(result?.text ?? null, row.composed);
      for (const [offset, edge, original] of row.offsets ?? []) assert.equal(result!.toOriginal(offset, edge), original, `${offset} (${edge})`);
    });
  }
});

describe('analyze: Unicode paragraph and line separators read as line breaks', () => {
  const ARTICLE = 'date 2024-03-05 Levy to rise\n\n"It will rise," said Mayor Ana Ruiz on Monday.\n\nCritics disagreed.\nThey said costs rose 4%.';
  const rows = [
    { name: 'paragraph separators', text: ARTICLE.replace(/\n\n/g, '\u2029') },
    { name: 'line separators', text: ARTICLE.replace(/\n/g, '\u2028') },
    { name: 'a mix with CRLF', text: ARTICLE.replace('\n\n', '\u2029').replace(/\n/g, '\r\n') },
    { name: 'lone carriage returns', text: ARTICLE.replace(/\n/g, '\r') },
  ];
  const expected = analyze(ARTICLE);
  for (const row of rows) {
    it(`reads ${row.name} as line breaks`, () => {
      const analysis = analyze(row.text);
      checkInvariants(analysis);
      assert.equal(analysis.article.title, 'Levy to rise');
      assert.deepEqual(analysis.quotes.map((q) => [q.text, q.speaker?.name]), expected.quotes.map((q) => [q.text, q.speaker?.name]));
      assert.deepEqual(analysis.paragraphs.map((p) => row.text.slice(p.start, p.end).replace(/\s+/g, ' ')), expected.paragraphs.map((p) => ARTICLE.slice(p.start, p.end).replace(/\s+/g, ' ')));
    });
  }
});

describe('analyze: figures in full-width and Arabic-Indic digits', () => {
  const rows = [
    { text: 'Prices rose \uff13.\uff15% to \u00a5\uff11\uff12\uff10 in \uff12\uff10\uff12\uff13.', figures: [['\uff13.\uff15%', 3.5, '%'], ['\u00a5\uff11\uff12\uff10', 120, 'JPY']], dates: [['\uff12\uff10\uff12\uff13', '2023']] },
    { text: 'It cost \u0665\u0660\u0660 dollars.', figures: [['\u0665\u0660\u0660 dollars', 500, 'USD']], dates: [] },
    // negative: a full-width letter is no digit
    { text: 'Plan \uff21 passed.', figures: [], dates: [] },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.text)}`, () => {
      const analysis = analyze(row.text, { referenceDate: '2024-05-20' });
      checkInvariants(analysis);
      assert.deepEqual(analysis.figures.map((f) => [f.text, f.value, f.unit]), row.figures);
      assert.deepEqual(analysis.dates.map((d) => [d.text, d.value]), row.dates);
    });
  }
});

describe('analyze: an old Mac file (lone CR line ends) reads as its LF copy', () => {
  const rows = [
    { name: 'numbers on lines of their own', text: '1\nI\n0' },
    { name: 'a weekday in the headline, a past verb on the next line', text: 'date 2024-05-20 Tuesday\nsaid ' },
    { name: 'a quote cut by a line end', text: 'date 2024-05-20 Vote\n\n"We lost,"\nsaid Ana Ruiz on Friday.' },
  ];
  const facts = (a: ReturnType<typeof analyze>) => ({
    figures: a.figures.map((f) => [f.start, f.value]), dates: a.dates.map((d) => [d.start, d.value]),
    quotes: a.quotes.map((q) => [q.start, q.speaker?.name]), sentences: a.sentences.map((x) => [x.start, x.end]),
  });
  for (const row of rows) {
    it(`reads ${row.name}`, () => {
      const analysis = analyze(row.text.replace(/\n/g, '\r'));
      checkInvariants(analysis);
      assert.deepEqual(facts(analysis), facts(analyze(row.text)));
    });
  }
});

describe('analyze: decomposed accents read as composed ones', () => {
  const nfd = (s: string) => s.normalize('NFD');
  const rows = [
    { name: 'a speaker with two accented names', text: '"We cannot pay," said José Núñez, the café owner.', speaker: 'José Núñez' },
    { name: 'a titled speaker', text: 'Mayor Zoë Brontë said the levy "will not rise".', speaker: 'Zoë Brontë' },
    { name: 'a speaker after another accented name', text: 'Prices rose in Mérida. "Ça suffit," said Hélène Côté.', speaker: 'Hélène Côté' },
  ];
  for (const row of rows) {
    it(`finds the speaker of ${row.name} as in composed text`, () => {
      const analysis = analyze(nfd(row.text));
      checkInvariants(analysis);
      assert.deepEqual(analysis.quotes.map((q) => q.speaker?.name), [row.speaker]);
      // the mention is the text as written, decomposed, at the place the composed text has it
      const composed = analyze(row.text);
      assert.deepEqual(analysis.quotes.map((q) => q.speaker?.mention.text), composed.quotes.map((q) => nfd(q.speaker!.mention.text)));
    });
  }

  it('gives the same analysis in a batch', () => {
    const texts = rows.map((r) => nfd(r.text));
    assert.deepEqual(analyzeBatch(texts), texts.map((t) => analyze(t)));
  });

  it('maps a headline, figures and dates back onto the decomposed text', () => {
    const text = nfd('date 2024-03-05 Café owners protest\n\nThe levy rose 5% on Monday, said Zoë Brontë.\n');
    const analysis = analyze(text);
    checkInvariants(analysis);
    assert.equal(analysis.article.headline?.text, nfd('Café owners protest'));
    assert.deepEqual(analysis.figures.map((f) => f.text), ['5%']);
    assert.deepEqual(analysis.dates.map((d) => d.text), ['Monday']);
    assert.deepEqual(analysis.entities.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['Zoë Brontë', [nfd('Zoë Brontë')]]]);
  });
});
