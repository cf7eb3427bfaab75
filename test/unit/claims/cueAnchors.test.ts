import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { flaggedWords, holdsFlagged, leadHits, leadStarts, leadingWords, sliceWords, startDocument } from '../../../src/core/extractors/claims/cueAnchors';
import { firstHitFrom } from '../../../src/core/extractors/claims/documentWords';

describe('leadStarts', () => {
  const need = leadingWords(['need', 'won']);
  const per = leadingWords(['per', 'need']);
  const rows: { text: string; id: number; expect: number[] }[] = [
    { text: 'We NEED to act.', id: need, expect: [3] },
    { text: 'We NEED to act.', id: per, expect: [3] },
    { text: 'Won, won’t, need', id: need, expect: [0, 5, 12] },
    { text: 'Up 4 per cent', id: per, expect: [5] },
    { text: 'Up 4 per cent', id: need, expect: [] },
    { text: 'needs needed _need need_ kneed', id: need, expect: [] },
    { text: '', id: need, expect: [] },
  ];
  for (const row of rows) {
    it(`finds ${JSON.stringify(row.expect)} in ${JSON.stringify(row.text)} for lexicon ${row.id}`, () => {
      assert.deepEqual([...leadStarts(row.text, row.id)], row.expect);
    });
  }
});

describe('sliceWords', () => {
  const need = leadingWords(['need', 'won', 'ne', 'ed']);
  const hitsOf = (text: string) => {
    const h = leadHits(text);
    return { lexicons: h.lexicons, starts: [...h.starts.subarray(0, h.count)], wordIds: [...h.wordIds.subarray(0, h.count)] };
  };
  /** A copy of the text no slice was taken as: its words are found by a scan of its own. */
  const scanned = (text: string) => {
    sliceWords('', 0, 0);
    return hitsOf([...text].join(''));
  };
  const rows = [
    { doc: 'We need it; needed, won’t.', start: 3, end: 7, expect: [0] }, // a whole word
    { doc: 'We need it; needed, won’t.', start: 16, end: 18, expect: [0] }, // "needed" cut to "ed"
    { doc: 'We need it; needed, won’t.', start: 12, end: 14, expect: [0] }, // "needed" cut to "ne"
    { doc: 'We need it; needed, won’t.', start: 13, end: 16, expect: [] }, // "eed": nothing
    { doc: 'We need it; needed, won’t.', start: 0, end: 26, expect: [3, 20] },
  ];
  for (const row of rows) {
    it(`finds ${JSON.stringify(row.expect)} in ${JSON.stringify(row.doc.slice(row.start, row.end))} from the document's words`, () => {
      startDocument(row.doc);
      const text = sliceWords(row.doc, row.start, row.end);
      assert.deepEqual(leadStarts(text, need), row.expect);
      startDocument(row.doc);
      const again = sliceWords(row.doc, row.start, row.end);
      assert.deepEqual(hitsOf(again), scanned(again));
    });
  }
  it('finds in any slice what a scan of the slice finds', () => {
    const pieces = fc.constantFrom(' ', 'need', 'Need', 'ne', 'ed', 'won', '’', "'", '_', 'x', '9', '.');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 20 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const doc = parts.join('');
      const start = doc.length ? a % doc.length : 0;
      const end = start + (doc.length ? b % (doc.length - start + 1) : 0);
      startDocument(doc);
      const text = sliceWords(doc, start, end);
      assert.deepEqual(hitsOf(text), scanned(text));
    }));
  });
});

describe('firstHitFrom', () => {
  const starts = Int32Array.from([0, 4, 9, 9, 15, 22, 30, 41]);
  const rows: { o: number; hint: number; expect: number }[] = [
    { o: 5, hint: 1, expect: 2 },
    { o: 9, hint: 5, expect: 2 }, // behind the hint
    { o: 42, hint: 0, expect: 8 }, // past every hit, more than a few steps on
    { o: 0, hint: 8, expect: 0 },
    { o: 16, hint: 20, expect: 5 }, // a hint past the hits, as after a shorter document
  ];
  for (const row of rows) {
    it(`finds ${row.expect} for a slice at ${row.o} from hint ${row.hint}`, () => {
      assert.equal(firstHitFrom(starts, starts.length, row.o, row.hint), row.expect);
    });
  }
  it('answers as a search from the first hit, from any hint', () => {
    fc.assert(fc.property(fc.array(fc.nat(60), { maxLength: 30 }), fc.nat(62), fc.nat(35), (xs, o, hint) => {
      const sorted = Int32Array.from(xs.sort((a, b) => a - b));
      const expect = sorted.findIndex((s) => s >= o);
      assert.equal(firstHitFrom(sorted, sorted.length, o, hint), expect < 0 ? sorted.length : expect);
    }));
  });
});

describe('holdsFlagged', () => {
  // made-up words no lexicon of the engine registers, and one it may ("the")
  const flags = flaggedWords(['zorbit', 'zorbits', 'the']);
  const rows: { text: string; doc?: [number, number]; expect: boolean }[] = [
    { text: 'She zorbits the levy.', expect: true },
    { text: 'Analysts ZORBIT it.', expect: true },
    { text: 'The levy rose.', expect: true },
    { text: 'It was zorbited by many.', expect: false },
    { text: 'unzorbit, zorbit_, zorbits9', expect: false },
    { text: '', expect: false },
    // a slice of the document: "zorbits" cut to "orbits" is no flagged word
    { text: 'He zorbits rents.', doc: [4, 17], expect: false },
    { text: 'He zorbits rents.', doc: [3, 11], expect: true },
  ];
  for (const row of rows) {
    it(`says ${row.expect} for ${JSON.stringify(row.doc ? row.text.slice(...row.doc) : row.text)}`, () => {
      assert.ok(flags);
      let text = row.text;
      if (row.doc) {
        startDocument(row.text);
        text = sliceWords(row.text, row.doc[0], row.doc[1]);
      } else sliceWords('', 0, 0);
      assert.equal(holdsFlagged(text, flags), row.expect);
    });
  }
});
