import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorAnnotations } from '../../../src/core/annotations/anchorAnnotations';
import { elsewhere } from '../../../src/core/annotations/findQuote';
import { changed, couldAppear } from '../../../src/core/annotations/orphanRetry';
import { ARTICLE, annotationOn } from './annotationFixtures';

/** A long article: the short one, then paragraphs of filler, so a change can lie far from the orphan's old place. */
const FILLER = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} reports on tram stop number ${i + 7} in the east.`).join('\n\n');
const LONG = `${ARTICLE}\n${FILLER}\n`;
const PHRASE = 'would cost 2 billion euros';
/** Reviewed in LONG, then its words were replaced: an orphan of OLD. */
const ORPHAN = annotationOn(LONG, PHRASE);
const OLD = LONG.replace(PHRASE, 'was costly');
const MOVED = LONG.replace('The council voted', 'The city council voted');
const far = (text: string, from: string, to: string) => text.replace(from, to);

describe('changed', () => {
  const rows = [
    { old: 'a b c', text: 'a x c', expect: { from: 2, oldTo: 3, newTo: 3 } },
    { old: 'a b c', text: 'a b c', expect: { from: 5, oldTo: 5, newTo: 5 } },
    { old: 'abc', text: 'abXbc', expect: { from: 2, oldTo: 2, newTo: 4 } }, // the common end never overlaps the common start
    { old: 'aaa', text: 'aa', expect: { from: 2, oldTo: 3, newTo: 2 } },
    { old: '', text: 'new', expect: { from: 0, oldTo: 0, newTo: 3 } },
  ];
  for (const row of rows) it(`${JSON.stringify(row.old)} → ${JSON.stringify(row.text)}`, () => assert.deepEqual(changed(row.old, row.text), row.expect));
});

describe('couldAppear: words found nowhere are searched for again only when the change could give them a place', () => {
  const search = (t: string, inContext = false) => elsewhere(t, ORPHAN.quote, ORPHAN.position, !inContext, inContext);
  it('starts from words found nowhere', () => assert.equal(search(OLD), null));
  const rows = [
    { name: 'the same text', text: OLD, expect: false },
    { name: 'a word changed far from them', text: far(OLD, 'stop number 40', 'stop number 41'), expect: false },
    { name: 'a paragraph added at the end', text: `${OLD}\nA closing line about buses.\n`, expect: false },
    { name: 'an edit before their old place, which moves it', text: OLD.replace('The council voted', 'The city council voted'), expect: false },
    { name: 'their words typed back far away', text: far(OLD, 'stop number 40', `stop number 40, which ${PHRASE}`), expect: true },
    { name: 'their words with a typo typed back far away', text: far(OLD, 'stop number 40', 'stop number 40, which would cost 2 bilion euros'), expect: true },
    { name: 'their words removed from inside a longer word far away', old: far(OLD, 'stop number 40', `stop number 40 x${PHRASE}s`), text: OLD, expect: true },
  ];
  for (const row of rows) {
    it(`${row.expect ? 'searches' : 'skips'}: ${row.name}`, () => {
      const old = row.old ?? OLD;
      assert.equal(couldAppear(old, row.text, ORPHAN.quote, changed(old, row.text)), row.expect);
    });
  }

  it('never skips words that a search would place (random edits)', () => {
    const words = [PHRASE, 'would cost 2 bilion euros', `x${PHRASE}`, 'would', 'cost', '2', 'billion', 'euros', 'the', 'plan', ',', '"', 'x'];
    fc.assert(
      fc.property(fc.nat(OLD.length), fc.nat(40), fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.boolean(), (at, cut, inserted, inContext) => {
        const text = OLD.slice(0, at) + inserted.join(' ') + OLD.slice(Math.min(OLD.length, at + cut));
        if (couldAppear(OLD, text, ORPHAN.quote, changed(OLD, text))) return;
        assert.equal(search(text, inContext), null, JSON.stringify(text.slice(Math.max(0, at - 40), at + 80)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('anchorAnnotations with the orphans of an earlier text', () => {
  const tried = (annotation = ORPHAN, text = OLD, searched = true) => new Map([[ORPHAN.id, { annotation, text, retyped: false, searched }]]);
  const rows = [
    { name: 'its words typed back: placed', text: OLD.replace('was costly', PHRASE), tried: tried(), orphans: 0 },
    { name: 'an edit far away: still an orphan', text: far(OLD, 'number 40', 'number 41'), tried: tried(), orphans: 1 },
    { name: 'tried as another annotation (re-attached since): searched', text: LONG, tried: tried({ ...ORPHAN }), orphans: 0 },
    // Moved: its old place decides nothing, and a search finds it; a record of this very text is trusted, as none would be made.
    { name: 'tried on this very text: taken as an orphan unsearched', text: MOVED, tried: tried(ORPHAN, MOVED), orphans: 1 },
    { name: 'tried only at its old place before: searched', text: MOVED, tried: tried(ORPHAN, MOVED, false), orphans: 0 },
    { name: 'its old place back: placed, whatever was tried', text: LONG, tried: tried(ORPHAN, OLD), orphans: 0 },
  ];
  for (const row of rows) it(row.name, () => assert.equal(anchorAnnotations(row.text, [ORPHAN], new Set(), row.tried).orphans.length, row.orphans));

  const rowsOfSearch = [
    { name: 'other words at its place: only that place read', text: OLD, searched: false },
    { name: 'its place moved: the whole text searched', text: OLD.replace('The council voted', 'The city council voted'), searched: true },
  ];
  for (const row of rowsOfSearch) {
    it(`hands on how each orphan was looked for: ${row.name}`, () => {
      const { tried: next } = anchorAnnotations(row.text, [ORPHAN]);
      assert.deepEqual([...next.values()], [{ annotation: ORPHAN, text: row.text, retyped: false, searched: row.searched }]);
    });
  }
});
