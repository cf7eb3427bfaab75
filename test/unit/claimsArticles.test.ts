import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core';
import type { Analysis, ClaimType } from '../../src/core/model';
import { checkInvariants } from './invariants';

interface Expectation {
  /** Words the claim's text holds. */
  readonly says: string;
  readonly types: readonly ClaimType[];
  readonly speaker: string;
  /** Text of a date or figure the claim must link to. */
  readonly linked?: string;
}

/** The claim holding the words, with every candidate kept, so that type and links are checked whatever the score. */
function claimSaying(a: Analysis, words: string) {
  const claim = a.claims.find((c) => c.text.includes(words));
  assert.ok(claim, `no claim holds "${words}": ${JSON.stringify(a.claims.map((c) => c.text))}`);
  return claim;
}

function checkArticle(title: string, load: () => string | null, rows: readonly Expectation[], framing: string): void {
  describe(`claims in ${title}`, () => {
    let all: Analysis;
    let kept: Analysis;
    before(function () {
      const text = load();
      if (text === null) this.skip();
      else [all, kept] = [analyze(text, { allClaims: true }), analyze(text)];
    });
    for (const row of rows) {
      it(`${row.types.join(' or ')} by ${row.speaker}: "${row.says}"`, () => {
        checkInvariants(all);
        const claim = claimSaying(all, row.says);
        assert.ok(row.types.includes(claim.type), `type ${claim.type}, evidence ${JSON.stringify(claim.typeEvidence)}`);
        assert.ok(claim.speaker?.name.includes(row.speaker), `speaker ${JSON.stringify(claim.speaker)}`);
        if (row.linked) {
          const linked = [...all.dates.filter((d) => claim.dateIds.includes(d.id)), ...all.figures.filter((f) => claim.figureIds.includes(f.id))];
          assert.ok(linked.some((s) => s.text.includes(row.linked!)), `links ${JSON.stringify(linked.map((s) => s.text))}`);
        }
      });
    }
    it(`keeps no check-worthy claim in the framing "${framing}"`, () => {
      checkInvariants(kept);
      const at = kept.text.indexOf(framing);
      const sentence = kept.sentences.find((s) => s.start <= at && at < s.end);
      assert.ok(sentence, 'the framing sentence is missing');
      assert.deepEqual(kept.claims.filter((c) => c.sentenceId === sentence.id).map((c) => c.text), []);
    });
  });
}

const SAMPLE = resolve(__dirname, '..', '..', '..', 'shared', 'samples', 'stoltenberg-2023-02-13.txt');
checkArticle(
  'the Stoltenberg sample (skipped when ../shared/samples is absent)',
  () => (existsSync(SAMPLE) ? readFileSync(SAMPLE, 'utf8') : null),
  [
    { says: "the current rate of Ukraine's ammunition expenditure is many times higher", types: ['statistic'], speaker: 'Stoltenberg' },
    { says: 'Orders placed today would only be delivered', types: ['factual', 'prediction'], speaker: 'Stoltenberg', linked: 'two-and-a-half years' },
    { says: 'I expect that we will see further increases', types: ['prediction'], speaker: 'Stoltenberg', linked: 'this year' },
    { says: "It's urgent to provide Ukraine with more weapons", types: ['recommendation'], speaker: 'Stoltenberg' },
    { says: 'We need to ramp up production', types: ['recommendation'], speaker: 'Stoltenberg' },
  ],
  'has said at a press conference',
);

const HARBOUR = join(__dirname, '..', 'fixtures', 'claims-harbour.txt');
checkArticle(
  'test/fixtures/claims-harbour.txt',
  () => readFileSync(HARBOUR, 'utf8'),
  [
    { says: 'the volume of container traffic is several times higher', types: ['statistic'], speaker: 'Kowalczyk' },
    { says: 'Dredgers ordered now would only arrive', types: ['factual', 'prediction'], speaker: 'Kowalczyk', linked: 'eighteen months' },
    { says: 'I expect that traffic will rise again', types: ['prediction'], speaker: 'Kowalczyk', linked: 'this year' },
    { says: "It's essential to dredge the main channel", types: ['recommendation'], speaker: 'Kowalczyk' },
    { says: 'We must act now', types: ['recommendation'], speaker: 'Kowalczyk' },
    { says: 'the council should double its maintenance budget', types: ['recommendation'], speaker: 'Kowalczyk' },
  ],
  'has said at a press conference',
);

/** Golden file: the claims of the fixture, rewritten on purpose with UPDATE_GOLDEN=1 and reviewed in the diff. */
describe('claims golden file: claims-harbour', () => {
  it('matches test/fixtures/claims-harbour.expected.json', () => {
    const a = analyze(readFileSync(HARBOUR, 'utf8'), { allClaims: true });
    checkInvariants(a);
    const actual = a.claims.map((c) => ({
      id: c.id, text: c.text, type: c.type, attribution: c.attribution, speaker: c.speaker?.name ?? null,
      checkWorthy: c.checkWorthiness >= 0.5, dates: a.dates.filter((d) => c.dateIds.includes(d.id)).map((d) => d.text),
    }));
    const expectedPath = join(__dirname, '..', 'fixtures', 'claims-harbour.expected.json');
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
