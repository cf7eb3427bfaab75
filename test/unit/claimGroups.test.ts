import * as assert from 'node:assert/strict';
import { groupClaims, openingWords, matchesFilter } from '../../src/extension/claimGroups';
import type { Analysis, Claim } from '../../src/core/model';
import { checkInvariants } from './invariants';
import { ANALYSIS, TEXT, at } from './hoverFixture';

const narrative: Claim = {
  ...at(TEXT, 'The minister, Anna Berg, spoke on Monday.'), id: 'c0', type: 'factual', typeEvidence: [], attribution: 'narrative',
  speaker: null, sentenceId: 's1', quoteIds: [], figureIds: [], dateIds: ['d1'], checkWorthiness: 0.5,
};
const unknown: Claim = {
  ...at(TEXT, 'Nobody *knows*'), id: 'c2', type: 'opinion', typeEvidence: ['knows'], attribution: 'direct',
  speaker: null, sentenceId: 's3', quoteIds: ['q2'], figureIds: [], dateIds: [], checkWorthiness: 0.6,
};
const WITH_ALL: Analysis = { ...ANALYSIS, claims: [narrative, ...ANALYSIS.claims, unknown] };

describe('groupClaims', () => {
  before(() => checkInvariants(WITH_ALL));
  const rows = [
    { name: 'by speaker, narrative under the article name', analysis: WITH_ALL, groupBy: 'speaker' as const, filter: '',
      expect: [['Ministers meet on aid', ['c0']], ['Anna Berg', ['c1']], ['Unknown speaker', ['c2']]] },
    { name: 'by type in type order', analysis: WITH_ALL, groupBy: 'type' as const, filter: '',
      expect: [['factual', ['c0']], ['commitment', ['c1']], ['opinion', ['c2']]] },
    { name: 'filter on text, ignoring case', analysis: WITH_ALL, groupBy: 'speaker' as const, filter: 'BILLION',
      expect: [['Anna Berg', ['c1']]] },
    { name: 'filter on the speaker name', analysis: WITH_ALL, groupBy: 'type' as const, filter: 'berg',
      expect: [['factual', ['c0']], ['commitment', ['c1']]] }, // c0 names her in its text, c1 as its speaker
    { name: 'filter that matches nothing', analysis: WITH_ALL, groupBy: 'speaker' as const, filter: 'zebra', expect: [] },
    { name: 'no claims', analysis: { ...ANALYSIS, claims: [] }, groupBy: 'type' as const, filter: '', expect: [] },
  ];
  for (const row of rows) {
    it(`groups claims: ${row.name}`, () => {
      const groups = groupClaims(row.analysis, row.groupBy, 'Ministers meet on aid', row.filter);
      assert.deepEqual(groups.map((g) => [g.label, g.claims.map((c) => c.id)]), row.expect);
    });
  }
});

describe('openingWords', () => {
  const rows = [
    { text: 'We will cut taxes next year.', count: 4, expect: 'We will cut taxes…' },
    { text: 'Short claim.', count: 4, expect: 'Short claim.' },
    { text: '  spaced\n\nout   words ', count: 2, expect: 'spaced out…' },
    { text: '', count: 3, expect: '' },
  ];
  for (const row of rows) it(`shortens "${row.text}"`, () => assert.equal(openingWords(row.text, row.count), row.expect));
});

describe('matchesFilter', () => {
  const rows = [
    { filter: '', expect: true },
    { filter: '   ', expect: true },
    { filter: 'spend', expect: true },
    { filter: 'anna', expect: true },
    { filter: 'taxes', expect: false },
  ];
  for (const row of rows) it(`filters by "${row.filter}"`, () => assert.equal(matchesFilter(ANALYSIS.claims[0], row.filter), row.expect));
});
