import * as assert from 'node:assert/strict';
import { shiftAnnotations } from '../../../src/core/annotations/shiftAnnotations';
import { ARTICLE, annotationOn } from './annotationFixtures';

describe('shiftAnnotations follows live edits', () => {
  const quote = annotationOn(ARTICLE, '"We cannot wait another decade,"');
  const figure = annotationOn(ARTICLE, '40 kilometres', { kind: 'figure' });
  const edit = (at: string, length: number, text: string) => {
    const offset = ARTICLE.indexOf(at);
    return { change: { rangeOffset: offset, rangeLength: length, text }, text: ARTICLE.slice(0, offset) + text + ARTICLE.slice(offset + length) };
  };
  const rows = [
    { name: 'typing above moves it', ...edit('The council', 0, 'Update: '), exact: '"We cannot wait another decade,"', orphaned: 0, retyped: 0, changed: true },
    { name: 'typing just before it leaves it outside', ...edit('"We cannot', 0, 'Later: '), exact: '"We cannot wait another decade,"', orphaned: 0, retyped: 0, changed: true },
    { name: 'typing just after it leaves it outside', ...edit(' the mayor said', 0, ' again'), exact: '"We cannot wait another decade,"', orphaned: 0, retyped: 0, changed: true },
    { name: 'typing far below leaves it', ...edit('euros', 0, 'more '), exact: '"We cannot wait another decade,"', orphaned: 0, retyped: 0, changed: false },
    { name: 'retyping its words with the same words keeps it', ...edit('another', 'another'.length, 'another'), exact: '"We cannot wait another decade,"', orphaned: 0, retyped: 0, changed: false },
    // negative: the reviewed words are no longer the same
    { name: 'typing inside detaches it, its old words kept', ...edit('another', 0, 'yet '), exact: '"We cannot wait another decade,"', orphaned: 1, retyped: 1, changed: true },
    { name: 'typing over a word detaches it', ...edit('decade', 'decade'.length, 'year'), exact: '"We cannot wait another decade,"', orphaned: 1, retyped: 1, changed: true },
    { name: 'typing over it and the words around it detaches it', ...edit('"We cannot', '"We cannot wait another decade," the'.length, '"We must act," the'), exact: '"We cannot wait another decade,"', orphaned: 1, retyped: 1, changed: true },
    { name: 'a replace of the whole text that still holds its words leaves it to be found', ...edit('date', ARTICLE.length, ARTICLE.replace('The council', 'The city council')), exact: '"We cannot wait another decade,"', orphaned: 1, retyped: 0, changed: true },
    { name: 'deleting it orphans it', ...edit('"We cannot', '"We cannot wait another decade,"'.length, ''), exact: '"We cannot wait another decade,"', orphaned: 1, retyped: 0, changed: true },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const result = shiftAnnotations([quote], new Set(), [row.change], row.text);
      const [a] = result.annotations;
      assert.equal(a.quote.exact, row.exact);
      assert.equal(result.orphaned.length, row.orphaned);
      assert.equal(result.retyped.length, row.retyped);
      assert.equal(result.changed, row.changed);
      if (!row.orphaned) assert.equal(row.text.slice(a.position.start, a.position.end), a.quote.exact);
    });
  }

  describe('a review on words proofread', () => {
    const claim = annotationOn(ARTICLE, 'Critics said the plan would cost 2 billion euros', { kind: 'claim' });
    const at = (text: string, needle: string) => text.indexOf(needle);
    /** Each edit replaces `from` by `to` in the text the previous one left. */
    const typing = (steps: [string, string][]) => {
      let text = ARTICLE;
      let list = [claim];
      let orphans = new Set<string>();
      let following: ReadonlyMap<string, typeof claim> = new Map();
      for (const [from, to] of steps) {
        const rangeOffset = at(text, from);
        text = text.slice(0, rangeOffset) + to + text.slice(rangeOffset + from.length);
        const shifted = shiftAnnotations(list, orphans, [{ rangeOffset, rangeLength: from.length, text: to }], text, following);
        list = shifted.annotations;
        orphans = new Set([...orphans, ...shifted.orphaned]);
        following = shifted.following;
      }
      return { a: list[0], orphaned: orphans.size > 0, text };
    };
    const rows: { name: string; steps: [string, string][]; exact: string; orphaned: boolean }[] = [
      { name: 'a letter typed in follows', steps: [['would', 'woulld']], exact: 'Critics said the plan woulld cost 2 billion euros', orphaned: false },
      { name: 'a typo typed and fixed again follows', steps: [['would', 'woulld'], ['woulld', 'would']], exact: 'Critics said the plan would cost 2 billion euros', orphaned: false },
      { name: 'two letters swapped follow', steps: [['the plan would', 'the paln would']], exact: 'Critics said the paln would cost 2 billion euros', orphaned: false },
      // negatives: a word changed, the review keeps the words it was made on, not the proofread ones between
      { name: 'a word typed in letter by letter after a typo detaches with the reviewed words', steps: [['would', 'woulld'], ['the plan', 'the new plan']], exact: 'Critics said the plan would cost 2 billion euros', orphaned: true },
      { name: 'a slip in three of its nine words is more than it allows', steps: [['the plan would', 'the palns would'], ['said the', 'siad the'], ['would cost', 'would csot']], exact: 'Critics said the plan would cost 2 billion euros', orphaned: true },
      { name: 'a number typed over detaches', steps: [['2 billion', '3 billion']], exact: 'Critics said the plan would cost 2 billion euros', orphaned: true },
    ];
    it('a paste over proofread words detaches with the reviewed words, where they started', () => {
      const { a, orphaned } = typing([['would', 'woulld'], ['mayor said.\n\nCritics said the plan woulld cost 2 billion euros and', 'mayor said.\n\nCritics said the plan will cost 3 billion euros and']]);
      assert.deepEqual([orphaned, a.quote.exact, a.position.start], [true, claim.quote.exact, claim.position.start]);
    });
    for (const row of rows) {
      it(row.name, () => {
        const { a, orphaned, text } = typing(row.steps);
        assert.equal(a.quote.exact, row.exact);
        assert.equal(orphaned, row.orphaned);
        if (!orphaned) assert.equal(text.slice(a.position.start, a.position.end), a.quote.exact);
      });
    }
  });

  it('detaches a figure typed over ("40" → "45"), never moving its review onto the new number', () => {
    const { change, text } = edit('40 kilometres', 2, '45');
    const result = shiftAnnotations([figure], new Set(), [change], text);
    assert.deepEqual([result.annotations[0], result.retyped], [figure, [figure.id]]);
  });

  it('leaves orphans alone', () => {
    const { annotations, changed } = shiftAnnotations([quote], new Set([quote.id]), [edit('The council', 0, 'x').change], 'x' + ARTICLE);
    assert.deepEqual([annotations[0], changed], [quote, false]);
  });
});
