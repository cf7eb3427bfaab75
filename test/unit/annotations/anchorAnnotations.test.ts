import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorAnnotations } from '../../../src/core/annotations/anchorAnnotations';
import { changedInPlace } from '../../../src/core/annotations/findQuote';
import { sameWording } from '../../../src/core/annotations/sameWording';
import type { Annotation } from '../../../src/core/annotations/model';
import { selectorsFor } from '../../../src/core/annotations/selectors';
import { ARTICLE, annotationOn } from './annotationFixtures';


const spanOf = (text: string, a: Annotation) => text.slice(a.position.start, a.position.end);

describe('anchorAnnotations', () => {
  const rows = [
    { name: 'nothing changed', after: ARTICLE, anchored: 2, orphans: 0, moved: 0 },
    { name: 'a sentence inserted at the top', after: ARTICLE.replace('The council', 'News first. The council'), anchored: 2, orphans: 0, moved: 2 },
    { name: 'the quote deleted', after: ARTICLE.replace('"We cannot wait another decade,"', ''), anchored: 1, orphans: 1, moved: 1 }, // its suffix changed,
  ];
  for (const row of rows) {
    it(`sorts annotations into anchored and orphans: ${row.name}`, () => {
      const input = [annotationOn(ARTICLE, 'expand the tram network'), annotationOn(ARTICLE, '"We cannot wait another decade,"')];
      const { anchored, orphans } = anchorAnnotations(row.after, input);
      assert.equal(anchored.length, row.anchored);
      assert.equal(orphans.length, row.orphans);
      assert.equal(anchored.filter((x) => x.moved).length, row.moved);
      for (const x of anchored) assert.equal(spanOf(row.after, x.annotation), x.annotation.quote.exact);
    });
  }

  // A review detached by retyping its words comes back only as those exact words in their old surroundings, or proofread there.
  const retypedRows = [
    { name: 'its words typed back (undo)', after: ARTICLE, place: 'by 40 kilometres', ordinary: 1 },
    { name: 'its words back, the line above edited too', after: ARTICLE.replace('Council backs', 'Council approves'), place: 'by 40 kilometres', ordinary: 1 },
    { name: 'its words proofread in place (a spelling changed)', after: ARTICLE.replace('40 kilometres', '40 kilometers'), place: 'by 40 kilometers', ordinary: 1 },
    // negatives: other words where it was, or its words only elsewhere
    { name: 'a word added', after: ARTICLE.replace('40 kilometres', '40 new kilometres'), place: null, ordinary: 0 },
    { name: 'its words only in another sentence', after: ARTICLE.replace('by 40 kilometres', 'by 45 kilometres').replace('2 billion euros', '2 billion euros, by 40 kilometres'), place: null, ordinary: 0 },
  ];
  for (const row of retypedRows) {
    it(`places a retyped review again only on its own words: ${row.name}`, () => {
      const a = annotationOn(ARTICLE, 'by 40 kilometres');
      const { anchored } = anchorAnnotations(row.after, [a], new Set([a.id]));
      assert.equal(anchored[0] ? anchored[0].annotation.position.start : null, row.place && row.after.indexOf(row.place));
      // as read from a sidecar, not retyped here: a near match at its place follows it, a copy elsewhere does not (changedInPlace)
      assert.equal(anchorAnnotations(row.after, [a]).anchored.length, row.ordinary);
      // stored detached (typed over, then the article closed): the same as retyped here, and detached no more once placed
      const stored = anchorAnnotations(row.after, [{ ...a, detached: true }]).anchored;
      assert.equal(stored[0] ? stored[0].annotation.position.start : null, row.place && row.after.indexOf(row.place));
      assert.ok(stored.every((x) => x.annotation.detached === undefined && x.moved));
    });
  }

  it('keeps an orphan unchanged, so it can be re-attached later', () => {
    const a = annotationOn(ARTICLE, 'by 40 kilometres');
    const { orphans } = anchorAnnotations('Unrelated text.', [a]);
    assert.deepEqual(orphans, [a]);
  });

  // Random articles and random edits: each annotation ends up exactly once,
  // either anchored on its own exact text (or on its words proofread, for a
  // fuzzy match), or an orphan when its text is gone.
  const word = fc.constantFrom('the', 'plan', 'council', 'tram', 'said', 'will', '40', 'euros', '"', '.', '\n\n', '😀');
  const article = fc.array(word, { minLength: 5, maxLength: 60 }).map((w) => w.join(' '));
  const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 12 }), insert: fc.array(word, { maxLength: 4 }).map((w) => w.join(' ')) });
  const spans = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 6 });

  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const freeOccurrence = (text: string, exact: string) => {
    for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
      if ((!isWord(exact[0]) || !isWord(text[i - 1])) && (!isWord(exact[exact.length - 1]) || !isWord(text[i + exact.length]))) return true;
    }
    return false;
  };

  it('never loses an annotation and anchors only on its own text (property)', () => {
    fc.assert(
      fc.property(article, spans, fc.array(edit, { maxLength: 5 }), (text, picks, edits) => {
        const input: Annotation[] = picks.map(([at, len], i) => {
          const start = at % text.length;
          return { ...annotationOn(text, text.slice(start, Math.min(text.length, start + len))), id: `a${i}`, ...selectorsFor(text, start, Math.min(text.length, start + len)) };
        });
        let changed = text;
        for (const e of edits) {
          const at = e.at % (changed.length + 1);
          changed = changed.slice(0, at) + e.insert + changed.slice(at + e.length);
        }
        const { anchored, orphans } = anchorAnnotations(changed, input);
        const ids = [...anchored.map((x) => x.annotation.id), ...orphans.map((o) => o.id)].sort();
        assert.deepEqual(ids, input.map((a) => a.id).sort());
        const original = new Map(input.map((a) => [a.id, a.quote.exact]));
        // words changed at their own place take no copy of them elsewhere
        const inPlace = new Set(input.filter((a) => changedInPlace(changed, a.quote, a.position.start)).map((a) => a.id));
        for (const { annotation, method } of anchored) {
          const exact = original.get(annotation.id)!;
          const now = spanOf(changed, annotation);
          assert.equal(now, annotation.quote.exact);
          if (method === 'fuzzy') {
            assert.ok(!changed.includes(exact) || inPlace.has(annotation.id), 'fuzzy although the exact text is there');
            assert.ok(sameWording(exact, now), `"${now}" is not "${exact}" proofread`);
          } else assert.equal(now, exact);
        }
        // an occurrence that runs on into a word or number ("9" in "19") may be another fact; a free-standing one may not be missed
        for (const o of orphans) assert.ok(!freeOccurrence(changed, o.quote.exact) || inPlace.has(o.id), `"${o.quote.exact}" is there but was orphaned`);
      }),
      { numRuns: 300 },
    );
  });
});
