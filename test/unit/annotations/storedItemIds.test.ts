import * as assert from 'node:assert/strict';
import { storedItemIds } from '../../../src/core/annotations/storedItemIds';
import { analyze } from '../../../src/core/index';
import { checkInvariants } from '../invariants';
import { annotationOn } from './annotationFixtures';

/** Written for these tests: figures and claims, and a paragraph typed above them, unsaved. */
const SAVED = 'date 2025-04-01 Library reopens\n\nThe mayor said 12 people attended the opening.\n\nThe library cost $3 million. Critics say rents had risen 18% since 2020.\n';
const TYPED = SAVED.replace('\n\nThe mayor', '\n\nOfficials said 9 people left early, and 40 more came late.\n\nThe mayor');

describe('storedItemIds: the itemId a sidecar stores is the saved text\'s', () => {
  const analysis = analyze(SAVED, { allClaims: true });
  checkInvariants(analysis);
  const idOf = (kind: 'figure' | 'claim', text: string) => (kind === 'figure' ? analysis.figures : analysis.claims).find((i) => i.text === text)?.id;
  const rows: { name: string; text: string; needle: string; kind: 'figure' | 'claim' | 'label'; itemId: string | null; status?: 'added'; expect: string | null | 'kept' }[] = [
    { name: 'a figure stored with an id of unsaved text', text: SAVED, needle: '$3 million', kind: 'figure', itemId: 'f4', expect: idOf('figure', '$3 million')! },
    { name: 'a claim stored with an id of another threshold', text: SAVED, needle: 'rents had risen 18% since 2020.', kind: 'claim', itemId: 'c1', expect: idOf('claim', 'rents had risen 18% since 2020.')! },
    { name: 'an id that is already right', text: SAVED, needle: '12 people', kind: 'figure', itemId: idOf('figure', '12 people')!, expect: 'kept' },
    { name: 'a review that matches no item of the saved text', text: SAVED, needle: 'Library reopens', kind: 'figure', itemId: 'f1', expect: null },
    // negatives: what is not placed in the saved text, or was added by hand, keeps what it has
    { name: 'a review of text only in the unsaved editor', text: TYPED, needle: '9 people', kind: 'figure', itemId: 'f1', expect: 'kept' },
    { name: 'an added label', text: SAVED, needle: 'Critics say', kind: 'label', itemId: null, status: 'added', expect: 'kept' },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const a = annotationOn(row.text, row.needle, { kind: row.kind, itemId: row.itemId, ...(row.status ? { status: row.status } : {}) });
      const [out] = storedItemIds(analysis, [a]);
      if (row.expect === 'kept') return assert.equal(out, a);
      assert.equal(out.itemId, row.expect);
      assert.deepEqual({ ...out, itemId: a.itemId }, a);
    });
  }
});
