import * as assert from 'node:assert/strict';
import { anchorAnnotations } from '../../../src/core/annotations/anchorAnnotations';
import { difference, savedSelectors } from '../../../src/core/annotations/savedSelectors';
import { shiftAnnotations } from '../../../src/core/annotations/shiftAnnotations';
import { SIDECAR_FORMAT, SIDECAR_VERSION, type Annotation } from '../../../src/core/annotations/model';
import { parseSidecar } from '../../../src/core/annotations/parseSidecar';
import { serializeSidecar } from '../../../src/core/annotations/serializeSidecar';
import { annotationOn } from './annotationFixtures';

const BEFORE =
  'date 2025-06-03 Harbour board delays crane upgrade\n\n' +
  'The harbour board said on Monday that the crane upgrade would be delayed until next spring.\n\n' +
  'Its chair, Odile Marchetti, said running costs rose sharply in March.\n\n' +
  'Dock workers said the delay was not acceptable.\n';
const REVIEWED = 'running costs rose sharply in March';
/** The reviewed words also said by others, further down: another fact. */
const COPIED = BEFORE.replace('was not acceptable.', 'was not acceptable, as running costs rose sharply in March at every port.');

/** The words a list places the review on, or null when it is an orphan. */
function placed(text: string, list: readonly Annotation[], orphans: ReadonlySet<string> = new Set()): string | null {
  const a = list[0];
  return orphans.has(a.id) ? null : text.slice(a.position.start, a.position.end);
}

/** The article edited with the review open: moved through the edit, then merged as the editor does. */
function live(before: string, after: string, a: Annotation) {
  const shifted = shiftAnnotations([a], new Set(), [difference(before, after)], after);
  const { anchored, orphans } = anchorAnnotations(after, shifted.annotations, new Set(shifted.retyped));
  const list = [...anchored.map((x) => x.annotation), ...orphans];
  const ids = new Set(orphans.map((o) => o.id));
  const retyped = new Set(shifted.retyped.filter((id) => ids.has(id)));
  return { words: placed(after, list, ids), list, orphans: ids, retyped };
}

/** The sidecar as the editor writes it on saving (writeState), read again with the article on reopening. */
function reopened(after: string, { list, orphans, retyped }: ReturnType<typeof live>): string | null {
  const marked = list.map((a) => (retyped.has(a.id) ? { ...a, detached: true } : a));
  const file = serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'a.txt', annotations: savedSelectors(marked, orphans, after, after) });
  const read = parseSidecar(file);
  assert.equal(read.kind, 'ok');
  const { anchored } = anchorAnnotations(after, read.kind === 'ok' ? read.sidecar.annotations : []);
  return anchored.length ? after.slice(anchored[0].annotation.position.start, anchored[0].annotation.position.end) : null;
}

/** The article changed while closed (another editor, a pull), then opened. */
function changedWhileClosed(after: string, a: Annotation): string | null {
  const { anchored } = anchorAnnotations(after, [a]);
  return anchored.length ? after.slice(anchored[0].annotation.position.start, anchored[0].annotation.position.end) : null;
}

// One rule: a review follows its words proofread (a typo fixed, case, punctuation) and nothing more, in the
// editor, after the article was saved and opened again, and when the article changed while it was closed.
describe('a review lands on the same words whether the article was open or closed', () => {
  const rows: { name: string; before?: string; after: string; expect: string | null; closed?: string | null }[] = [
    { name: 'nothing changed', after: BEFORE, expect: REVIEWED },
    { name: 'a paragraph added above', after: BEFORE.replace('The harbour board', 'Update. The harbour board'), expect: REVIEWED },
    { name: 'a typo fixed inside', after: BEFORE.replace('sharply', 'shraply'), expect: 'running costs rose shraply in March' },
    { name: 'its case changed', after: BEFORE.replace('in March', 'in MARCH'), expect: 'running costs rose sharply in MARCH' },
    // negatives: another statement, though within one edit in five characters
    { name: 'a word replaced ("rose" → "fell")', after: BEFORE.replace('rose', 'fell'), expect: null },
    { name: 'a word added', after: BEFORE.replace('costs rose', 'costs also rose'), expect: null },
    { name: 'a word dropped', after: BEFORE.replace(' sharply', ''), expect: null },
    { name: 'a number changed', after: BEFORE.replace('in March', 'in 2023'), expect: null },
    { name: 'the sentence deleted', after: BEFORE.replace('Its chair, Odile Marchetti, said running costs rose sharply in March.\n\n', ''), expect: null },
    // the whole sentence typed over, its words said by others further down: the chair's review never becomes theirs
    // in the editor, nor once saved and opened again; changed on disk while closed, it is found as moved words are.
    { name: 'typed over, the words said by others below', before: COPIED, after: COPIED.replace('Its chair, Odile Marchetti, said running costs rose sharply in March.', 'The chair would not say what happened to the costs this spring.'), expect: null, closed: REVIEWED },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const before = row.before ?? BEFORE;
      const a = annotationOn(before, REVIEWED);
      const edited = live(before, row.after, a);
      const closed = row.closed === undefined ? row.expect : row.closed;
      assert.deepEqual(
        { editing: edited.words, reopened: reopened(row.after, edited), changedWhileClosed: changedWhileClosed(row.after, a) },
        { editing: row.expect, reopened: row.expect, changedWhileClosed: closed },
      );
    });
  }
});
