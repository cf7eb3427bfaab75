import * as assert from 'node:assert/strict';
import { dropRejected } from '../../../src/core/annotations/dropRejected';
import { claimHover } from '../../../src/core/hover/claimHover';
import { escapeMarkdown } from '../../../src/core/hover/markdown';
import type { Analysis } from '../../../src/core/model';
import { ANALYSIS } from '../hoverFixture';

const review = { status: 'rejected' as const, by: 'ana', at: '2024-05-01', annotationId: 'a1' };
const EVIDENCE = ['will spend', 'about 1.5 billion euros', 'February 14-15'];
const base: Analysis = { ...ANALYSIS, claims: [{ ...ANALYSIS.claims[0], typeEvidence: EVIDENCE }] };
const rejecting = (figure: boolean, date: boolean): Analysis => ({
  ...base,
  figures: base.figures.map((f) => (figure ? { ...f, review } : f)),
  dates: base.dates.map((d) => (date && d.id === 'd2' ? { ...d, review } : d)),
});
const evidenceLine = (a: Analysis) => claimHover(a, a.claims[0], {}).split('\n\n').find((l) => l.startsWith('Type evidence')) ?? '';

describe('a rejected figure or date is no type evidence', () => {
  const rows = [
    { name: 'nothing rejected keeps all', figure: false, date: false, kept: EVIDENCE },
    { name: 'a rejected figure', figure: true, date: false, kept: ['will spend', 'February 14-15'] },
    { name: 'a rejected date', figure: false, date: true, kept: ['will spend', 'about 1.5 billion euros'] },
  ];
  for (const row of rows) {
    it(`hidden: ${row.name}`, () => assert.deepEqual(dropRejected(rejecting(row.figure, row.date)).claims[0].typeEvidence, row.kept));
    it(`shown struck through: ${row.name}`, () => {
      const line = evidenceLine(rejecting(row.figure, row.date));
      for (const w of EVIDENCE) assert.equal(line.includes(`“${escapeMarkdown(w)}”`), row.kept.includes(w), `${w} in ${line}`);
    });
  }
});

describe('dropRejected keeps the claims whole when nothing they point at was dropped', () => {
  const rows = [
    { name: 'nothing rejected: the same claims, their references whole', figure: false, date: false, same: true, figureIds: base.claims[0].figureIds, dateIds: base.claims[0].dateIds },
    { name: 'a rejected figure: its id leaves the claim', figure: true, date: false, same: false, figureIds: [], dateIds: base.claims[0].dateIds },
    { name: 'a rejected date: its id leaves the claim', figure: false, date: true, same: false, figureIds: base.claims[0].figureIds, dateIds: base.claims[0].dateIds.filter((id) => id !== 'd2') },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const before = rejecting(row.figure, row.date);
      const [claim] = dropRejected(before).claims;
      assert.equal(claim === before.claims[0], row.same);
      assert.deepEqual([claim.figureIds, claim.dateIds], [row.figureIds, row.dateIds]);
    });
  }
});
