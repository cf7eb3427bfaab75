import * as assert from 'node:assert/strict';
import { mayAhead, mayBaseline, mayLead } from '../../src/core/extractors/dates/tenseLeads';

/** Each test reads the words before the end of `text`, within its last 24 characters, as tenseAt does before a mention. */
const ask = (test: (text: string, floor: number, at: number) => boolean, text: string): boolean => test(text, Math.max(0, text.length - 24), text.length);

describe('tenseLeads', () => {
  const rows: { text: string; lead: boolean; baseline: boolean; ahead: boolean }[] = [
    { text: 'prices rose in ', lead: false, baseline: false, ahead: false },
    { text: 'the talks ran until ', lead: true, baseline: false, ahead: false },
    { text: 'due by at least the ', lead: true, baseline: true, ahead: true }, // `the` may close AHEAD too: its pattern then decides
    { text: 'payable until mid-', lead: true, baseline: false, ahead: false },
    { text: 'since MID', lead: true, baseline: false, ahead: false },
    { text: 'down from an ', lead: false, baseline: true, ahead: false },
    { text: 'ahead of ', lead: false, baseline: false, ahead: true },
    { text: 'ahead of Monday ', lead: false, baseline: false, ahead: true },
    { text: 'ahead of Monday’s ', lead: false, baseline: false, ahead: false }, // no word of letters alone: AHEAD cannot end there
    { text: 'in advance of the ', lead: true, baseline: true, ahead: true },
    { text: 'marching Towards ', lead: false, baseline: false, ahead: true },
    { text: 'the vote on', lead: false, baseline: false, ahead: false }, // no white space before the mention
    { text: '(until ', lead: true, baseline: false, ahead: false },
    { text: 'a word cut by the 24 characters xuntil ', lead: false, baseline: false, ahead: false },
    { text: '                         ', lead: false, baseline: false, ahead: false },
  ];
  for (const row of rows) {
    it(`"${row.text}": LEADING ${row.lead}, BASELINE ${row.baseline}, AHEAD ${row.ahead} may match`, () => {
      assert.deepEqual([ask(mayLead, row.text), ask(mayBaseline, row.text), ask(mayAhead, row.text)], [row.lead, row.baseline, row.ahead]);
    });
  }
});
