import * as assert from 'node:assert/strict';
import { findQuote } from '../../../src/core/annotations/findQuote';
import { ARTICLE, annotationOn } from './annotationFixtures';

const swapParagraphs = (text: string) => {
  const [head, p1, p2, p3] = text.split('\n\n');
  return [head, p2, p1, p3].join('\n\n');
};
const TWICE = 'Critics said the plan is late. Supporters said the plan is late. End.';

describe('findQuote re-anchors a span in changed text', () => {
  const rows: {
    name: string;
    before: string;
    needle: string;
    nth?: number;
    after: string;
    expect: { text: string; nth?: number; method: string } | null;
  }[] = [
    { name: 'unchanged text', before: ARTICLE, needle: 'expand the tram network', after: ARTICLE, expect: { text: 'expand the tram network', method: 'position' } },
    { name: 'insertion before the span', before: ARTICLE, needle: 'expand the tram network', after: ARTICLE.replace('The council', 'Late on Friday, the council'), expect: { text: 'expand the tram network', method: 'context' } },
    { name: 'insertion after the span', before: ARTICLE, needle: 'expand the tram network', after: ARTICLE.replace('euros', 'euros in total'), expect: { text: 'expand the tram network', method: 'position' } },
    { name: 'the span itself edited slightly, its old words in a new sentence below', before: ARTICLE, needle: 'by 40 kilometres', after: ARTICLE.replace('kilometres', 'kilometers') + 'It grew by 40 kilometres before.\n', expect: { text: 'by 40 kilometers', method: 'fuzzy' } },
    { name: 'the span itself edited slightly', before: ARTICLE, needle: 'by 40 kilometres', after: ARTICLE.replace('kilometres', 'kilometers'), expect: { text: 'by 40 kilometers', method: 'fuzzy' } },
    { name: 'a span that cut into a word still found inside it', before: 'The planet is late.', needle: 'plan', after: 'Yes. The planet is late.', expect: { text: 'plan', method: 'context' } },
    { name: 'its place changed above it, its words moved down', before: ARTICLE, needle: '2 billion euros', after: ARTICLE.replace('cost 2 billion euros and', 'cost more and').replace('the mayor said', 'the mayor said of 2 billion euros and'), expect: { text: '2 billion euros', method: 'context' } },
    { name: 'a paragraph moved', before: ARTICLE, needle: '"We cannot wait another decade,"', after: swapParagraphs(ARTICLE), expect: { text: '"We cannot wait another decade,"', method: 'context' } },
    { name: 'text twice: context picks the second', before: TWICE, needle: 'said the plan is late', nth: 1, after: 'New. ' + TWICE, expect: { text: 'said the plan is late', nth: 1, method: 'context' } },
    { name: 'text twice: context picks the first', before: TWICE, needle: 'said the plan is late', nth: 0, after: 'New. ' + TWICE, expect: { text: 'said the plan is late', nth: 0, method: 'context' } },
    { name: 'a copy now at the old offsets: context wins', before: 'x a b. a b. a b. y', needle: 'a b', nth: 2, after: 'a b. ' + 'x a b. a b. a b. y', expect: { text: 'a b', nth: 3, method: 'context' } },
    { name: 'same context everywhere: nearest to the old place', before: 'la '.repeat(40), needle: 'la', nth: 20, after: 'l' + 'la '.repeat(40), expect: { text: 'la', nth: 20, method: 'context' } },
    // its words proofread while the article was closed: followed as while editing (sameWording)
    { name: 'proofread while closed: a typo fixed, the line above changed', before: ARTICLE, needle: 'expand the tram network', after: ARTICLE.replace('The council voted', 'The city council voted').replace('tram network', 'tram netwrok'), expect: { text: 'expand the tram netwrok', method: 'fuzzy' } },
    { name: 'proofread while closed: case and punctuation, moved to another paragraph', before: ARTICLE, needle: '"We cannot wait another decade,"', after: ARTICLE.replace('"We cannot wait another decade," the mayor said.\n\n', '') + 'The mayor said: "We CANNOT wait another decade."\n', expect: { text: '"We CANNOT wait another decade."', method: 'fuzzy' } },
    { name: 'proofread while closed: two neighbours swapped back', before: 'The ministry said the works will start in Spring.', needle: 'the works will start', after: 'Today the ministry said the wokrs will start in Spring.', expect: { text: 'the wokrs will start', method: 'fuzzy' } },
    // negatives: nothing close enough is left
    { name: 'the text deleted', before: ARTICLE, needle: '"We cannot wait another decade,"', after: ARTICLE.replace('"We cannot wait another decade," the mayor said.\n\n', ''), expect: null },
    { name: 'the sentence rewritten', before: ARTICLE, needle: 'expand the tram network', after: ARTICLE.replace('to expand the tram network', 'to build more bus lanes'), expect: null },
    { name: 'a number changed in a long span', before: ARTICLE, needle: 'by 40 kilometres', after: ARTICLE.replace('40', '45'), expect: null },
    { name: 'a short figure near another ("9 people" → "2 people")', before: 'Officials said 9 people left.', needle: '9 people', after: 'The mayor said 2 people came.', expect: null },
    { name: 'the text only inside a longer number', before: 'Officials said 9 people left.', needle: '9 people', after: 'Officials said 19 people left.', expect: null },
    { name: 'the text only inside a longer word', before: 'The plan is late.', needle: 'plan', after: 'The planet is late.', expect: null },
    { name: 'a short span edited', before: ARTICLE, needle: '40', after: ARTICLE.replace('40', '45'), expect: null },
    { name: 'a short span changed in place, its old words elsewhere', before: ARTICLE, needle: '2 billion euros', after: ARTICLE.replace('2 billion euros', '3 billion euros') + 'The mayor spoke of 2 billion euros.\n', expect: null },
    { name: 'a span changed in place, its old words in a new sentence below', before: ARTICLE, needle: 'by 40 kilometres', after: ARTICLE.replace('by 40 kilometres', 'by 45 kilometres') + 'It grew by 40 kilometres before.\n', expect: null },
    { name: 'empty text', before: ARTICLE, needle: 'Tuesday', after: '', expect: null },
    // within one edit in five characters, yet other words: while editing, a review never follows these
    { name: 'a word added inside the span', before: ARTICLE, needle: 'expand the tram network', after: ARTICLE.replace('the tram', 'the old tram'), expect: null },
    { name: 'a word added, the line above changed', before: ARTICLE, needle: 'expand the tram network', after: ARTICLE.replace('The council voted', 'The city council voted').replace('the tram', 'the old tram'), expect: null },
    { name: 'a word replaced ("rose" → "fell")', before: 'Officials said that costs rose sharply in March.', needle: 'costs rose sharply in March', after: 'Late on Friday officials said that costs fell sharply in March.', expect: null },
    { name: 'a letter replaced ("increase" → "decrease")', before: 'The board said the increase was needed.', needle: 'the increase was needed', after: 'Today the board said the decrease was needed.', expect: null },
    { name: 'a word dropped ("not")', before: 'The mayor said the plan was not ready for a vote.', needle: 'the plan was not ready', after: 'On Monday the mayor said the plan was ready for a vote.', expect: null },
    { name: 'two words slipped in a short span', before: 'Aides said the ministry will reply.', needle: 'the ministry will reply', after: 'Later aides said teh minstry will reply.', expect: null },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const a = annotationOn(row.before, row.needle, { nth: row.nth });
      const found = findQuote(row.after, a.quote, a.position);
      if (!row.expect) return assert.equal(found, null);
      assert.ok(found, 'expected the span to be found');
      assert.equal(row.after.slice(found.start, found.end), row.expect.text);
      assert.equal(found.method, row.expect.method);
      let nthStart = -1;
      for (let i = 0; i <= (row.expect.nth ?? 0); i++) nthStart = row.after.indexOf(row.expect.text, nthStart + 1);
      assert.equal(found.start, nthStart);
    });
  }
});

describe('findQuote of a review detached by retyping (inContext)', () => {
  const needle = 'Critics said the plan would cost 2 billion euros';
  const rows: { name: string; after: string; expect: string | null }[] = [
    { name: 'its words back in place (undo)', after: ARTICLE, expect: needle },
    { name: 'a misspelt word typed again whole', after: ARTICLE.replace('would cost', 'wuold cost'), expect: 'Critics said the plan wuold cost 2 billion euros' },
    // negatives: other words at its place
    { name: 'a word replaced', after: ARTICLE.replace('would cost', 'might cost'), expect: null },
    { name: 'a word added', after: ARTICLE.replace('would cost', 'would still cost'), expect: null },
    { name: 'a number changed', after: ARTICLE.replace('2 billion', '3 billion'), expect: null },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const a = annotationOn(ARTICLE, needle);
      const found = findQuote(row.after, a.quote, a.position, false, true);
      assert.equal(found && row.after.slice(found.start, found.end), row.expect);
    });
  }
});
