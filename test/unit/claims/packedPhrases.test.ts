import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { PACKED, entryEnd, packPhrases, packedMatch } from '../../../src/core/extractors/claims/packedPhrases';
import { leadEnd, matched, plainPhrases } from '../../../src/core/extractors/claims/phraseMatch';
import { followers, secondWords, type Lead } from '../../../src/core/extractors/claims/phraseLeads';
import { leadHits, startDocument } from '../../../src/core/extractors/claims/cueAnchors';
import { cuePattern, findCues } from '../../../src/core/extractors/claims/cuePattern';

/** A lead as cuePattern builds it, for phrases opening on `word`. */
function leadOf(word: string, group: string[]): Lead {
  const escaped = group.map((p) => p.replace(/'/g, "['\u2019]").replace(/ /g, '\\s+'));
  const sticky = new RegExp(`\\b(?<![\\w'\u2019])(?:${escaped.join('|')})(?![\\w'\u2019])`, 'iy');
  return { sticky, length: word.length, follow: followers(word, group), seconds: secondWords(word, group), bare: false, phrases: plainPhrases(group) };
}

describe('entryEnd', () => {
  const leads = [leadOf('the', ['the highest', 'the most', 'the least']), leadOf('we', ["we're committed", 'we will']), leadOf('in', ['in the coming months', 'in the future']),
    leadOf('must', ['must not', 'must be', 'must']), leadOf('it', ['it is important to', "it's important to", 'it is necessary'])];
  // the engine's own table, put back after these rows read a table of their own
  let saved = { ...PACKED };
  before(() => {
    saved = { ...PACKED };
    packPhrases(leads);
  });
  after(() => Object.assign(PACKED, saved));
  const rows: { text: string; e: number; expect: number; phrase?: string }[] = [
    { text: 'the  MOST costly', e: 0, expect: 9, phrase: 'the most' },
    { text: 'the least', e: 0, expect: 9, phrase: 'the least' },
    { text: 'the mostly', e: 0, expect: -1 },
    { text: 'the board', e: 0, expect: -1 },
    { text: 'We’re committed.', e: 1, expect: 15, phrase: "we're committed" },
    { text: 'we will', e: 1, expect: 7, phrase: 'we will' },
    { text: 'we won', e: 1, expect: -1 },
    { text: 'in the\ncoming months', e: 2, expect: 20, phrase: 'in the coming months' },
    { text: 'in the coming weeks', e: 2, expect: -1 },
    // the word alone after phrases going on with white space: read though the text has none after the word
    { text: 'must-win', e: 3, expect: 4, phrase: 'must' },
    { text: 'must  not', e: 3, expect: 9, phrase: 'must not' },
    { text: 'must go', e: 3, expect: 4, phrase: 'must' },
    { text: 'it’s important to', e: 4, expect: 17, phrase: "it's important to" },
    { text: 'it is necessary', e: 4, expect: 15, phrase: 'it is necessary' },
    { text: 'it was necessary', e: 4, expect: -1 },
    { text: 'it', e: 4, expect: -1 },
  ];
  for (const row of rows) {
    it(`finds ${row.expect} for entry ${row.e} in ${JSON.stringify(row.text)}`, () => {
      const end = entryEnd(row.e, row.text, leads[row.e].length);
      assert.equal(end, row.expect);
      assert.equal(end, leadEnd(leads[row.e], row.text, 0));
      if (end >= 0) assert.equal(packedMatch.phrase, row.phrase);
      if (end >= 0) assert.equal(matched.phrase, row.phrase);
    });
  }
  it('finds what leadEnd finds, on any text', () => {
    const pieces = fc.constantFrom(' ', '  ', '\n', 'the', 'THE', 'most', 'least', 'highest', 'we', "'re", '\u2019re', 'committed', 'will', 'in', 'coming', 'months', 'future', 'x', '.', "'",
      'must', 'not', 'be', '-', 'it', 'is', "'s", 'important', 'to', 'necessary', 'IS');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 10 }), fc.nat(4), (parts, e) => {
      const text = parts.join('');
      if (!text.toLowerCase().startsWith(['the', 'we', 'in', 'must', 'it'][e])) return;
      assert.equal(entryEnd(e, text, leads[e].length), leadEnd(leads[e], text, 0));
    }));
  });
});

describe('cues recorded from the packed phrases', () => {
  const pattern = cuePattern(['the most', 'the least', 'we will', "we're committed"]);
  const plain = (text: string): string[] => (text.match(new RegExp(pattern.source, 'gi')) ?? []).map((m) => m.toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
  const rows = ['We will try; we’re  committed, the most.', "'we will", 'the mostly least', ''];
  for (const text of rows) {
    it(`are those the regex finds in ${JSON.stringify(text)}`, () => {
      startDocument(text);
      leadHits(text);
      assert.deepEqual(findCues(pattern, text), plain(text));
    });
  }
});
