import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { toJson } from '../../src/core/export/toJson';
import { checkInvariants } from './invariants';

const FIXTURES = join(__dirname, '..', 'fixtures');
/** Articles written for these tests, in the style of a news report. */
const GOLDEN = ['fisheries-2024-03-05', 'transit-2023-11-20'];
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * The stable part of the export: structure, entities and quotes with their
 * speakers. Figures, dates and claims have golden files of their own.
 */
function goldenView(text: string) {
  const analysis = analyze(text);
  checkInvariants(analysis);
  const doc = toJson(analysis, { path: null, generatorVersion: 'golden' });
  return { article: doc.article, paragraphs: doc.paragraphs, sentences: doc.sentences, entities: doc.entities, quotes: doc.quotes };
}

describe('golden articles', () => {
  for (const name of GOLDEN) {
    it(`matches ${name}.expected.json${UPDATE ? ' (rewriting it)' : ''}`, () => {
      const actual = goldenView(readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'));
      const expectedPath = join(FIXTURES, `${name}.expected.json`);
      if (UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});

describe('the shared Stoltenberg sample', () => {
  const path = join(__dirname, '..', '..', '..', 'shared', 'samples', 'stoltenberg-2023-02-13.txt');
  it('attributes every quotation to Jens Stoltenberg, NATO Secretary General', function () {
    if (!existsSync(path)) this.skip(); // the sample lives outside the repository and may be absent
    const analysis = analyze(readFileSync(path, 'utf8'));
    checkInvariants(analysis);
    const speech = analysis.quotes.filter((q) => !q.parentId);
    assert.ok(speech.length >= 8, `expected at least 8 quotations, found ${speech.length}`);
    for (const q of speech) {
      assert.equal(q.speaker?.name, 'Jens Stoltenberg', `${q.text.slice(0, 40)} is not attributed to him`);
      const entity = analysis.entities.find((e) => e.id === q.speaker?.entityId);
      assert.deepEqual(entity?.roles, ['NATO Secretary General']);
    }
    const mentions = speech.map((q) => q.speaker!.mention.text);
    assert.ok(mentions.includes('he') && mentions.includes('him'), 'the "he said" and "According to him" quotes are there');
  });
});

describe('a fixture in the same patterns as the sample', () => {
  it('attributes every quotation of the fisheries article to its speaker', () => {
    const analysis = analyze(readFileSync(join(FIXTURES, 'fisheries-2024-03-05.txt'), 'utf8'));
    const names = analysis.quotes.filter((q) => !q.parentId).map((q) => q.speaker?.name);
    assert.deepEqual(names, [
      'Maria Lindqvist', 'Maria Lindqvist', 'Maria Lindqvist', 'the ministry', 'the ministry',
      'Anton Keller', 'Anton Keller', 'Anton Keller', 'Anton Keller', 'Maria Lindqvist',
    ]);
    const lindqvist = analysis.entities.find((e) => e.name === 'Maria Lindqvist');
    assert.deepEqual(lindqvist?.roles, ['EU Fisheries Commissioner']);
  });
});
