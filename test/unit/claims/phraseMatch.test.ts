import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { leadEnd, matched, plainPhrases } from '../../../src/core/extractors/claims/phraseMatch';
import type { Lead } from '../../../src/core/extractors/claims/phraseLeads';

/** A lead as cuePattern builds it for a group of phrases opening on one word: its regex, and its phrases when plain. */
function leadOf(group: string[], length = 0): Lead {
  const escaped = group.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]").replace(/ /g, '\\s+'));
  const sticky = new RegExp(`\\b(?<![\\w'\u2019])(?:${escaped.join('|')})(?![\\w'\u2019])`, 'iy');
  return { sticky, length, follow: -1, seconds: [], bare: false, phrases: plainPhrases(group) };
}
/** What the lead's regex finds at `start`: where the match ends, or -1. */
function byRegex(lead: Lead, text: string, start: number): number {
  lead.sticky.lastIndex = start;
  return lead.sticky.test(text) ? lead.sticky.lastIndex : -1;
}

describe('leadEnd', () => {
  const rows: { text: string; start: number; group: string[]; expect: number; phrase: string | null }[] = [
    { text: 'We need  to act', start: 3, group: ['need to', 'need'], expect: 11, phrase: 'need to' },
    { text: 'We NEED\nTO act', start: 3, group: ['need to', 'need'], expect: 10, phrase: 'need to' },
    { text: 'We need tools', start: 3, group: ['need to', 'need'], expect: 7, phrase: 'need' }, // "to" runs on: the shorter phrase wins
    { text: 'We’re committed', start: 0, group: ["we're committed"], expect: 15, phrase: "we're committed" },
    { text: 'Up 4 per cent.', start: 5, group: ['per cent'], expect: 13, phrase: 'per cent' },
    { text: 'We needed it', start: 3, group: ['need'], expect: -1, phrase: null },
    { text: 'We need’s', start: 3, group: ['need'], expect: -1, phrase: null },
    { text: 'We need', start: 3, group: ['need to'], expect: -1, phrase: null },
    { text: "'need to", start: 1, group: ['need to'], expect: -1, phrase: null }, // an apostrophe before: the regex says
    { text: 'Taking 1.5 times', start: 7, group: ['1.5 times'], expect: 16, phrase: '1.5 times' },
    { text: 'Taking 1x5 times', start: 7, group: ['1.5 times'], expect: -1, phrase: null },
  ];
  for (const row of rows) {
    it(`finds ${row.expect} for ${JSON.stringify(row.group)} at ${row.start} of ${JSON.stringify(row.text)}`, () => {
      const lead = leadOf(row.group);
      const end = leadEnd(lead, row.text, row.start);
      assert.equal(end, row.expect);
      assert.equal(end, byRegex(lead, row.text, row.start));
      if (end >= 0) assert.equal(matched.phrase, row.phrase);
    });
  }
  it('reads no group holding a phrase it cannot read as the regex does', () => {
    assert.equal(plainPhrases(['caf\u00e9 au lait', 'cafe']), null);
    assert.equal(plainPhrases(['need  to']), null);
    assert.deepEqual(plainPhrases(['need to', 'need']), ['need to', 'need']);
  });
  it('finds what the regex finds, at every start', () => {
    const group = ['in the coming months', 'in the future', "in't", 'in'];
    const lead = leadOf(group);
    // the same phrases where the stage asks: at a whole word "in", whose letters need no second reading
    const atWord = leadOf(group, 2);
    const pieces = fc.constantFrom(' ', '  ', '\n', '\u00a0', 'in', 'IN', 'In', 'the', 'THE', 'coming', 'months', 'future', "'", '\u2019', 't', 'x', '_', '9', '.');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      for (let start = 0; start < text.length; start++) {
        const end = leadEnd(lead, text, start);
        assert.equal(end, byRegex(lead, text, start));
        if (/^in\b/i.test(text.slice(start))) assert.equal(leadEnd(atWord, text, start), end);
        if (end >= 0 && matched.phrase !== null) assert.equal(matched.phrase, text.slice(start, end).toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
      }
    }));
  });
});
