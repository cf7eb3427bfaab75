import * as assert from 'node:assert/strict';
import { blockedSpans } from '../../src/core/extractors/figures/blockedSpans';
import { toTokens } from '../../src/core/extractors/figures/tokens';

/** The blocked parts of each text: the digit patterns that are never figures, and the numbers near them that are. */
const rows: ReadonlyArray<{ text: string; expect: string[] }> = [
  { text: 'doors open at 9 am sharp', expect: ['9 am'] },
  { text: 'from 12.30pm to 2 p.m.', expect: ['12.30pm', '2 p.m.'] },
  { text: 'between 13:00-16:00 daily', expect: ['13:00-16:00'] },
  { text: 'shops close 3 to 5 pm', expect: ['3 to 5 pm'] },
  { text: 'open 3 – 4pm', expect: ['3 – 4pm'] },
  { text: 'at 10 GMT and 1800 hrs', expect: ['10 GMT', '1800 hrs'] },
  { text: "by 5 o'clock", expect: ["5 o'clock"] },
  { text: 'call +44 20 7946 0958 now', expect: ['+44 20 7946 0958'] },
  { text: 'call (555) 123-4567 or 555.123 4567', expect: ['(555) 123-4567', '555.123 4567'] },
  { text: 'on 2024-01-05 and 5/17/2018', expect: ['2024-01-05', '5/17/2018'] },
  { text: 'version v1.2.3 or 1.2.3', expect: ['v1.2.3', '1.2.3'] },
  { text: 'open 9-11am, 9 - 11 am, 1999-12-31 and 555-123-4567', expect: ['9-11am', '9 - 11 am', '1999-12-31', '555-123-4567'] },
  { text: 'at 3to5pm and (555)-123-4567 or V2.0', expect: ['3to5pm', '(555)-123-4567', 'V2.0'] },
  { text: 'call 0800 123 4567, 020 7946 0018, 01632 960123 or 020-7946-0018', expect: ['0800 123 4567', '020 7946 0018', '01632 960123', '020-7946-0018'] },
  // Numbers that only look like the start of one stay figures.
  { text: '12 people paid 1.2 billion, 4.25% more than in 2021.', expect: [] },
  { text: 'the 700-kilometre route, 12–13 in June, 2 to 3 percent', expect: [] },
  { text: 'about 555 123 people', expect: [] },
  { text: 'A320 and G7', expect: [] },
  { text: 'a 0.5 rise, 0 123 people, 007 agents, 0800 hours, 0123456 ids and 1 414 021 100 people', expect: [] },
  { text: 'in (2019) and (12), Gov2.1.3, 9-11 people, 9 - 100 am, 1999-12 and 555-12-4567', expect: [] },
];

describe('blockedSpans: digit patterns that are never figures', () => {
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} → ${JSON.stringify(row.expect)}`, () => {
      const spans = blockedSpans(row.text, 0, row.text.length);
      assert.deepEqual(spans.map(([start, end]) => row.text.slice(start, end)), row.expect);
    });
  }
});

/** Whether the tokenizer's one pass sees that blockedSpans may find something; it must whenever blockedSpans does. */
const watchRows: ReadonlyArray<{ text: string; open: boolean }> = [
  { text: 'doors open at 9 am sharp', open: true },
  { text: 'call (555) 123-4567', open: true },
  { text: 'call 0800 123 4567', open: true },
  { text: 'version v1.2.3', open: true },
  { text: 'the rate, 3.12:30 here', open: true }, // a span that opens inside a number
  { text: 'write to desk@example.org', open: true },
  { text: 'see https://example.org', open: true },
  { text: 'see www.example.org', open: true },
  { text: 'see www.5x.org', open: true }, // the point is read with the digit after it
  { text: 'a lone \ud800@ sign', open: true }, // the surrogate swallows the sign, so the pass cannot tell
  { text: '12 people paid 1.2 billion, 4.25% more than in 2021.', open: false },
  { text: 'the 700-kilometre route, 12–13 in June', open: false },
  { text: 'A320 and G7, (2019) and +5', open: false },
  { text: 'a ratio of 3:1, wow. aww.', open: false },
];

describe('toTokens with a watch: whether blockedSpans may find anything', () => {
  for (const row of watchRows) {
    it(`${JSON.stringify(row.text)} → ${row.open}`, () => {
      const watch = { open: false };
      toTokens(row.text, 0, row.text.length, [], watch);
      assert.equal(watch.open, row.open);
      if (blockedSpans(row.text, 0, row.text.length).length > 0 || /@|:\/\/|www\./.test(row.text)) assert.equal(watch.open, true);
    });
  }
});
