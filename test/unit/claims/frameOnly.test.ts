import * as assert from 'node:assert/strict';
import { frameOnlyAt } from '../../../src/core/extractors/claims/frameOnly';

/** The regex frameOnlyAt stands for. */
const FRAME_ONLY = /[\s,]*(?:at|in|on|during|ahead|after|before|to|from|via|while|when|earlier|later|yesterday|today|\.|$)/iy;
const byRegex = (text: string, at: number): boolean => {
  FRAME_ONLY.lastIndex = at;
  return FRAME_ONLY.test(text);
};

describe('frameOnlyAt', () => {
  const rows = [
    { text: 'he said, on Monday', at: 7, expect: true },
    { text: 'she said at a briefing', at: 8, expect: true },
    { text: 'he said.', at: 7, expect: true },
    { text: 'he said', at: 7, expect: true },
    { text: 'he said ,  ', at: 7, expect: true },
    { text: 'officials said YESTERDAY', at: 14, expect: true },
    { text: 'he said attacks rose', at: 7, expect: true }, // a prefix, as the regex reads it
    { text: 'he said taxes rose', at: 7, expect: false },
    { text: 'he said\u00a0rents fell', at: 7, expect: false },
    { text: 'he said "no"', at: 7, expect: false },
    { text: 'he said, amid protests', at: 7, expect: false },
    { text: 'he said \u0131n', at: 7, expect: false }, // dotless i does not fold to "i"
  ];
  for (const row of rows) {
    it(`says ${row.expect} after ${JSON.stringify(row.text.slice(0, row.at))} in ${JSON.stringify(row.text)}`, () => {
      assert.equal(frameOnlyAt(row.text, row.at), row.expect);
      assert.equal(byRegex(row.text, row.at), row.expect);
    });
  }
});
