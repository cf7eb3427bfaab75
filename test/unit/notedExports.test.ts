import * as assert from 'node:assert/strict';
import { applyAnnotations } from '../../src/core/annotations/applyAnnotations';
import type { ReviewStatus } from '../../src/core/annotations/model';
import { toBrat } from '../../src/core/export/toBrat';
import { toCsv } from '../../src/core/export/toCsv';
import { toW3c } from '../../src/core/export/toW3c';
import { handAnalysis } from './handAnalysis';
import { annotationOn } from './annotations/annotationFixtures';
import { checkInvariants } from './invariants';

const CLAIM = 'Output rose about 20% to 1.2 million rounds.';
const base = handAnalysis();
const withStatus = (status: ReviewStatus) => {
  const a = applyAnnotations(base, [annotationOn(base.text, CLAIM, { kind: 'claim', itemId: 'c1', status, fields: { note: 'ask the ministry' } })]).analysis;
  checkInvariants(a);
  return a;
};
const csvStatus = (status: ReviewStatus) => toCsv(withStatus(status)).split('\r\n')[1].split(',')[5];
const w3cBodies = (status: ReviewStatus) => {
  const c1 = toW3c(withStatus(status), 'a.txt').items.find((i) => i.id.endsWith(':c1'))!;
  return [c1.motivation, ...c1.body.filter((b) => b.purpose !== 'tagging' && b.purpose !== 'classifying').map((b) => `${b.purpose}=${b.value}`)];
};
const bratReview = (status: ReviewStatus) => toBrat(withStatus(status)).split('\n').filter((l) => /^A\d+\tReview |^#\d+\tAnnotatorNotes /.test(l)).map((l) => l.split('\t')[0][0]);

describe('a note alone leaves an item unreviewed in every export', () => {
  const rows: { name: string; got: () => unknown; expect: unknown }[] = [
    { name: 'CSV: noted claim is unreviewed', got: () => csvStatus('noted'), expect: 'unreviewed' },
    { name: 'W3C: noted claim is a comment, not an assessment', got: () => w3cBodies('noted'), expect: ['commenting', 'commenting=ask the ministry'] },
    { name: 'brat: noted claim has its note and no Review', got: () => bratReview('noted'), expect: ['#'] },
    // negatives: a confirmation with a note is still a confirmation
    { name: 'CSV: confirmed claim with a note is confirmed', got: () => csvStatus('confirmed'), expect: 'confirmed' },
    { name: 'W3C: confirmed claim is assessed', got: () => w3cBodies('confirmed'), expect: ['assessing', 'assessing=confirmed', 'commenting=ask the ministry'] },
    { name: 'brat: confirmed claim has Review and its note', got: () => bratReview('confirmed'), expect: ['A', '#'] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(row.got(), row.expect));
});
