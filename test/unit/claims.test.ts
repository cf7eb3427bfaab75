import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core';
import type { Claim } from '../../src/core/model';
import { checkInvariants } from './invariants';

const DATELINE = 'date 2024-03-01 Council briefing\n\n';
const all = (body: string) => analyze(DATELINE + body, { allClaims: true });
const kept = (body: string) => analyze(DATELINE + body);
const only = (claims: readonly Claim[]): Claim => {
  assert.equal(claims.length, 1, `expected one claim, got ${JSON.stringify(claims.map((c) => c.text))}`);
  return claims[0];
};

describe('claims: type of each claim', () => {
  const rows = [
    { text: 'Unemployment fell to 4.2 percent in March, the lowest level since 2001.', type: 'statistic' },
    { text: 'The central bank expects inflation to ease next year.', type: 'prediction' },
    { text: 'The government should raise the minimum wage.', type: 'recommendation' },
    { text: 'We will build a new hospital in the northern district.', type: 'commitment' },
    { text: 'I think the plan is a disaster for farmers.', type: 'opinion' },
    { text: 'The ministry published the report on its website.', type: 'factual' },
  ] as const;
  for (const row of rows) {
    it(`${row.type}: ${row.text}`, () => {
      const a = all(row.text);
      checkInvariants(a);
      const claim = only(a.claims);
      assert.equal(claim.type, row.type);
      assert.equal(row.type === 'factual', claim.typeEvidence.length === 0, `evidence ${JSON.stringify(claim.typeEvidence)}`);
    });
  }
});

describe('claims: attribution and span', () => {
  const rows = [
    { text: '"We will cut taxes for small firms," the minister said.', claim: 'We will cut taxes for small firms', attribution: 'direct', speaker: 'minister' },
    { text: 'The minister said that exports rose by 12 percent last year.', claim: 'exports rose by 12 percent last year.', attribution: 'indirect', speaker: 'minister' },
    { text: 'According to the agency, 3,000 jobs were lost in the sector.', claim: '3,000 jobs were lost in the sector.', attribution: 'indirect', speaker: 'agency' },
    { text: 'Exports rose by 12 percent last year, Maria Silva said.', claim: 'Exports rose by 12 percent last year', attribution: 'indirect', speaker: 'Maria Silva' },
    { text: 'Exports rose by 12 percent last year.', claim: 'Exports rose by 12 percent last year.', attribution: 'narrative', speaker: null },
    // a partial quote inside reported speech stays in its clause instead of cutting it
    {
      text: 'Maria Silva said the board was "increasingly confident" that prices would ease.',
      claim: 'the board was "increasingly confident" that prices would ease.',
      attribution: 'indirect',
      speaker: 'Maria Silva',
    },
    { text: 'Maria Silva said the bank had to "stop raising rates soon."', claim: 'the bank had to "stop raising rates soon."', attribution: 'indirect', speaker: 'Maria Silva' },
  ] as const;
  for (const row of rows) {
    it(`${row.attribution}: ${row.text}`, () => {
      const a = all(row.text);
      checkInvariants(a);
      const claim = only(a.claims);
      assert.equal(claim.text, row.claim);
      assert.equal(claim.attribution, row.attribution);
      if (row.speaker === null) assert.equal(claim.speaker, null);
      else assert.ok(claim.speaker?.name.includes(row.speaker), `speaker ${JSON.stringify(claim.speaker)}`);
      if (row.attribution === 'direct') assert.deepEqual(claim.quoteIds, [a.quotes[0]?.id]);
    });
  }
});

describe('claims: not worth checking', () => {
  const rows = [
    { name: 'a question', text: 'What will you do about the deficit?' },
    { name: 'a greeting', text: "Good evening and welcome to tonight's debate." },
    { name: 'thanks', text: 'Thank you very much for the question.' },
    { name: 'procedural talk', text: 'Let me turn now to the next question.' },
    { name: 'an attribution with no content', text: 'He said.' },
    { name: 'a quote of one word', text: '"Yes," he said.' },
    { name: 'an agenda announcement', text: 'Trade will be on the agenda of the summit in Lisbon on May 3, the minister said.' },
    { name: 'empty body', text: '' },
  ];
  for (const row of rows) {
    it(`keeps no claim for ${row.name}`, () => {
      const a = kept(row.text);
      checkInvariants(a);
      assert.deepEqual(a.claims.map((c) => c.text), []);
    });
  }

  it('never makes a claim of the headline', () => {
    const a = analyze('date 2024-03-01 Exports rose by 12 percent in 2023, the ministry said\n', { allClaims: true });
    checkInvariants(a);
    assert.deepEqual(a.claims, []);
  });
});

describe('claims: options', () => {
  const body = 'Thank you all for coming. Exports rose by 12 percent in 2023, the highest rise since 1990.';
  it('keeps only claims reaching minCheckWorthiness, each with its number among all candidates', () => {
    const a = kept(body);
    checkInvariants(a);
    assert.deepEqual(a.claims.map((c) => c.id), ['c2']);
    assert.ok(a.claims[0].text.startsWith('Exports rose'));
  });
  it('keeps every candidate with allClaims', () => {
    const a = all(body);
    checkInvariants(a);
    assert.deepEqual(a.claims.map((c) => c.id), ['c1', 'c2']);
    assert.ok(a.claims[0].checkWorthiness < 0.5 && a.claims[1].checkWorthiness >= 0.5);
  });
  it('keeps nothing at minCheckWorthiness 1', () => {
    assert.deepEqual(analyze(DATELINE + body, { minCheckWorthiness: 1 }).claims, []);
  });
});

describe('claims: odd input', () => {
  const pieces = fc.constantFrom('"', '\u201C', '\u201D', ',', '.', ' ', '\n\n', 'he said', 'said that', 'According to', '12%', 'will', 'Mr.', '?', 'We need to act');
  it('never fails and always satisfies the invariants (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const a = analyze(DATELINE + parts.join(' '), { allClaims: true });
        checkInvariants(a);
        assert.deepEqual(a.warnings.filter((w) => w.code === 'stage-failed' && w.message.includes('claims')), []);
      }),
      { numRuns: 200 },
    );
  });
});
