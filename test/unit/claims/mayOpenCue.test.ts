import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { sliceWords, startDocument } from '../../../src/core/extractors/claims/cueAnchors';
import { cuePattern, findCues, nextCue } from '../../../src/core/extractors/claims/cuePattern';
import { leadWordId, mayOpenCue } from '../../../src/core/extractors/claims/leadWords';

const unitsOf = (text: string): Uint16Array => Uint16Array.from(text, (ch) => ch.charCodeAt(0));

describe('mayOpenCue', () => {
  // a made-up leading word, which no lexicon of the engine shares
  cuePattern(['zorb most', 'zorb least', 'zorbs']);
  const rows: { text: string; word: string; expect: boolean }[] = [
    { text: 'zorb most', word: 'zorb', expect: true },
    { text: 'ZORB\n\tLeast', word: 'zorb', expect: true },
    { text: 'zorb mayor', word: 'zorb', expect: true }, // a letter some phrase goes on with: the regex decides
    { text: 'zorb board', word: 'zorb', expect: false },
    { text: 'zorb', word: 'zorb', expect: false },
    { text: 'zorb, most', word: 'zorb', expect: false },
    { text: 'zorb  ', word: 'zorb', expect: false },
    { text: 'zorbs', word: 'zorbs', expect: true }, // a lone word opens its phrase wherever it stands
  ];
  for (const row of rows) {
    it(`says ${row.expect} for "${row.word}" opening ${JSON.stringify(row.text)}`, () => {
      assert.equal(mayOpenCue(unitsOf(row.text), row.word.length, row.text.length, leadWordId(row.word)), row.expect);
    });
  }
});

describe('cues of a slice of the document', () => {
  const pattern = cuePattern(['zorb most', 'the least', 'in the coming months', 'in', 'as soon as', "won't"]);
  const plain = (text: string): string[] => (text.match(new RegExp(pattern.source, 'gi')) ?? []).map((m) => m.toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
  it('are those a plain scan of the slice finds, wherever the slice is cut', () => {
    const pieces = fc.constantFrom(' ', '  ', 'the', 'The', 'most', 'mostly', 'least', 'in', 'coming', 'months', 'as', 'soon', 'won', "'", '\u2019', 't', 'x', '.');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 16 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const doc = parts.join('');
      const start = doc.length ? a % doc.length : 0;
      const end = start + (doc.length ? b % (doc.length - start + 1) : 0);
      startDocument(doc);
      const text = sliceWords(doc, start, end);
      const first = nextCue(pattern, text);
      assert.deepEqual(first ? first[0].toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'") : undefined, plain(text)[0]);
      assert.deepEqual(findCues(pattern, text), plain(text));
    }));
  });
});
