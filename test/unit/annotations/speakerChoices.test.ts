import * as assert from 'node:assert/strict';
import { speakerChoices } from '../../../src/core/annotations/speakerChoices';
import type { Analysis } from '../../../src/core/model';
import { ANALYSIS } from '../hoverFixture';

const withClaimSpeaker = (name: string): Analysis => ({
  ...ANALYSIS,
  claims: [...ANALYSIS.claims, { ...ANALYSIS.claims[0], id: 'c2', speaker: { entityId: null, name } }],
});

describe('speakerChoices: everyone the engine credited in the article', () => {
  const rows = [
    { name: 'the entities', analysis: ANALYSIS, names: ['Anna Berg'] },
    { name: 'a claim speaker that is no entity', analysis: withClaimSpeaker('the national statistics office'), names: ['Anna Berg', 'the national statistics office'] },
    { name: 'each once, ignoring case', analysis: withClaimSpeaker('anna berg'), names: ['Anna Berg'] },
    { name: 'a quote speaker that is no entity', analysis: { ...ANALYSIS, quotes: [{ ...ANALYSIS.quotes[0], speaker: { ...ANALYSIS.quotes[0].speaker!, entityId: null, name: 'an aide' } }] }, names: ['Anna Berg', 'an aide'] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(speakerChoices(row.analysis).map((c) => c.name), row.names));

  it('describes entities by role and the others by what they said', () => {
    assert.deepEqual(speakerChoices(withClaimSpeaker('the office')).map((c) => c.description), ['Finance Minister', 'claim speaker']);
  });
});
