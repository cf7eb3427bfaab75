import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { claimsAbove } from '../../src/core/annotations/claimsAbove';
import { checkInvariants } from './invariants';

const DATELINE = 'date 2024-03-01 Council briefing\n\n';
const GREETING = 'Thank you all for coming.';
const EXPORTS = 'Exports rose by 12 percent in 2023, the highest rise since 1990.';
const BUDGET = 'The council spent £4 million on roads in 2023, twice the sum of 2021.';

/** Each claim as "id text", to compare ids by the words they name. */
const named = (text: string, options: Parameters<typeof analyze>[1]) => analyze(DATELINE + text, options).claims.map((c) => `${c.id} ${c.text}`);

describe('claim ids: a claim keeps its id whatever the threshold', () => {
  // every claim kept under a threshold bears the id it has among all candidates (--all-claims),
  // so exports made with different thresholds join on id; rows marked `gap` failed when kept claims were renumbered
  const rows: { name: string; text: string; min?: number; gap: boolean }[] = [
    { name: 'a low-scoring greeting before a statistic', text: `${GREETING} ${EXPORTS}`, gap: true },
    { name: 'a greeting between two statistics', text: `${EXPORTS} ${GREETING} ${BUDGET}`, gap: true },
    { name: 'the threshold raised to 0.9', text: `${GREETING} ${EXPORTS} ${BUDGET}`, min: 0.9, gap: true },
    { name: 'no candidate left out (negative)', text: `${EXPORTS} ${BUDGET}`, gap: false },
    { name: 'threshold 0 keeps every candidate (negative)', text: `${GREETING} ${EXPORTS}`, min: 0, gap: false },
    { name: 'no claim at all (negative)', text: GREETING, min: 0.9, gap: false },
  ];
  for (const row of rows) {
    it(`numbers ${row.name} as --all-claims does`, () => {
      const all = named(row.text, { allClaims: true });
      const kept = named(row.text, row.min === undefined ? {} : { minCheckWorthiness: row.min });
      checkInvariants(analyze(DATELINE + row.text, row.min === undefined ? {} : { minCheckWorthiness: row.min }));
      assert.ok(kept.every((k) => all.includes(k)), `kept ${JSON.stringify(kept)} not among ${JSON.stringify(all)}`);
      // the rows meant to leave a candidate out do, so their ids have a gap
      const ids = kept.map((k) => Number(k.slice(1, k.indexOf(' '))));
      assert.equal(ids.some((id, i) => id !== i + 1), row.gap);
    });
  }

  it('keeps the ids when the threshold is applied after analysis (claimsAbove), as the editor and --annotations do', () => {
    for (const text of [`${GREETING} ${EXPORTS}`, `${EXPORTS} ${GREETING} ${BUDGET}`]) {
      const later = claimsAbove(analyze(DATELINE + text, { allClaims: true }), 0.5).claims.map((c) => `${c.id} ${c.text}`);
      assert.deepEqual(later, named(text, {}));
    }
  });
});
