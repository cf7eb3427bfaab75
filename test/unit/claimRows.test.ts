import * as assert from 'node:assert/strict';
import { claimRow, groupRow } from '../../src/extension/claimRows';
import type { Claim } from '../../src/core/model';
import type { ReviewStatus } from '../../src/core/annotations/model';
import type { ClaimGroup } from '../../src/extension/claimGroups';
import { ANALYSIS } from './hoverFixture';

const spoken = ANALYSIS.claims[0];
const reviewed = (status: ReviewStatus): Claim => ({ ...spoken, review: { status, by: 'Tester', at: '2026-11-27T16:00:00Z', annotationId: 'a1' } });
const narrative: Claim = { ...spoken, speaker: null, attribution: 'narrative' };

describe('claimRow', () => {
  const rows: { name: string; claim: Claim; label: RegExp; description: string; accessibility: RegExp }[] = [
    { name: 'a confirmed claim: ✓ leads the label', claim: reviewed('confirmed'), label: /^✓ /, description: 'commitment', accessibility: /^commitment claim by Anna Berg, confirmed: / },
    { name: 'a rejected claim: ✗ leads the label', claim: reviewed('rejected'), label: /^✗ /, description: 'commitment', accessibility: /, rejected: / },
    { name: 'an edited claim: ✎ leads the label', claim: reviewed('edited'), label: /^✎ /, description: 'commitment', accessibility: /, edited: / },
    { name: 'a note alone is no review', claim: reviewed('noted'), label: /^※ /, description: 'commitment', accessibility: /, noted, not reviewed: / },
    { name: 'an unreviewed claim has no badge', claim: spoken, label: /^[^✓✗✎※＋]/, description: 'commitment', accessibility: /^commitment claim by Anna Berg, not reviewed: / },
    { name: "the article's own claim", claim: narrative, label: /^[^✓✗✎]/, description: 'commitment', accessibility: /^commitment claim by the article, not reviewed: / },
    { name: 'a claim nobody is credited with', claim: { ...spoken, speaker: null }, label: /^[^✓✗✎]/, description: 'commitment', accessibility: /^commitment claim, speaker unknown, / },
  ];
  for (const row of rows) {
    it(`shows the review status: ${row.name}`, () => {
      const text = claimRow(row.claim);
      assert.match(text.label, row.label);
      assert.equal(text.description, row.description);
      assert.match(text.accessibility, row.accessibility);
      assert.ok(text.accessibility.endsWith(spoken.text), 'the whole claim is read out');
    });
  }
});

describe('groupRow', () => {
  const group = (label: string, count: number): ClaimGroup => ({ key: 'narrative', label, kind: 'narrative', claims: Array(count).fill(spoken) });
  const rows: { name: string; group: ClaimGroup; expect: { label: string; description: string; tooltip?: string; accessibility: string } }[] = [
    {
      name: 'a long headline is cut so its count stays in view',
      group: group('Central bank holds rates at 4.25% as inflation cools', 9),
      expect: { label: 'Central bank holds rates at…', description: '9', tooltip: 'Central bank holds rates at 4.25% as inflation cools (9 claims)', accessibility: 'Central bank holds rates at 4.25% as inflation cools: 9 claims' },
    },
    { name: 'a speaker name is kept whole', group: group('Elena Marsh', 1), expect: { label: 'Elena Marsh', description: '1', tooltip: undefined, accessibility: 'Elena Marsh: 1 claim' } },
  ];
  for (const row of rows) it(`labels a group: ${row.name}`, () => assert.deepEqual(groupRow(row.group), row.expect));
});
