import * as assert from 'node:assert/strict';
import { checkText } from './fuzz/checkText';
import { MUTATIONS, mutate } from './fuzz/mutations';
import { prng } from './fuzz/prng';
import { seedTexts } from './fuzz/seedTexts';

/*
 * The engine over damaged copies of the project's articles: each must be
 * analysed without a failed stage, hold the invariants and export valid JSON.
 * Seeded, so a failure is a repro; `npm run fuzz -- --cases 5000` runs thousands.
 */
describe('fuzz: damaged articles still analyse', () => {
  const seeds = seedTexts();
  const expectClean = (text: string, what: string) => {
    const problem = checkText(text);
    assert.equal(problem, null, `${what}: ${problem}\ntext starts ${JSON.stringify(text.slice(0, 200))}`);
  };

  // a huge file takes seconds: the script runs it, and here ten articles end to end stand for it
  const quick = MUTATIONS.filter((m) => m.name !== 'a huge file');
  quick.forEach((mutation, i) => {
    it(`survives ${mutation.name}`, () => {
      const seed = seeds[i % seeds.length];
      expectClean(mutation.apply(seed.text, prng(i + 1)), `${mutation.name} on ${seed.name}`);
    });
  });

  it('survives ten articles in one file, one of them damaged', () => {
    const damaged = mutate(seeds[0].text, prng(7), quick);
    expectClean([...seeds.slice(1), damaged].map((s) => s.text).join('\n\n'), damaged.names.join(' + '));
  });

  for (let i = 0; i < 16; i++) {
    const rng = prng(1000 + i);
    const seed = seeds[i % seeds.length];
    const { text, names } = mutate(seed.text, rng, quick);
    it(`survives case ${i}: ${names.join(' + ')}`, () => expectClean(text, `${names.join(' + ')} on ${seed.name}`));
  }
});
