import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { markEnd } from '../../src/extension/annotations/markEnd';
import { checkInvariants } from './invariants';

/** `claim` is where a claim ends (its last words); `after` is the text the mark must follow, or null for the claim's own end. */
const rows: { text: string; claim: string; after: string | null }[] = [
  { text: '"We will open four new stations," the minister said.', claim: 'four new stations', after: 'stations,"' },
  { text: '“Rents have risen far too fast,” she said on Monday.', claim: 'far too fast', after: 'fast,”' },
  { text: '"Fares will rise in March." The board agreed.', claim: 'rise in March', after: 'March."' },
  // The quote holds a nested one that closed earlier: its parent's mark still counts.
  { text: '"He told us \'we will win,\' and then he left," she said.', claim: 'then he left', after: 'left,"' },
  // negatives: words still follow in the quote, no quote at all, a quote never closed
  { text: '"We will open four new stations by 2027," she said.', claim: 'four new stations', after: null },
  { text: 'The city will open four new stations, officials said.', claim: 'four new stations', after: null },
  { text: 'She said: "We will open four new stations', claim: 'four new stations', after: null },
];

describe('markEnd puts the review mark after a closing quotation mark', () => {
  for (const row of rows) {
    it(row.text, () => {
      const analysis = analyze(row.text);
      checkInvariants(analysis);
      const end = row.text.indexOf(row.claim) + row.claim.length;
      const expected = row.after === null ? end : row.text.indexOf(row.after) + row.after.length;
      assert.equal(markEnd(analysis.quotes, end), expected);
    });
  }
});
