import * as assert from 'node:assert/strict';
import { candidate, changed, revalued, type DateCandidate } from '../../src/core/extractors/dates/candidate';
import { filtered, mapped } from '../../src/core/refiners/unchangedOr';

const base = candidate(4, 8, 'DATE', 'XXXX-02-14', true, 1);
const KEYS = Object.keys(base);

describe('candidate shape: every copy keeps one order of fields', () => {
  const rows: { name: string; made: DateCandidate; expect: Partial<DateCandidate> }[] = [
    { name: 'candidate', made: base, expect: { value: 'XXXX-02-14', range: undefined, partOfStoryDay: undefined } },
    { name: 'changed value', made: changed(base, { value: '2023-02-14', relative: false }), expect: { value: '2023-02-14', relative: false, start: 4 } },
    { name: 'changed extra', made: changed(base, { namesEvent: true, yearsBack: 0 }), expect: { namesEvent: true, yearsBack: 0, value: 'XXXX-02-14' } },
    { name: 'revalued', made: revalued(base, '2023-02-14'), expect: { value: '2023-02-14', relative: true } },
    { name: 'revalued with range', made: revalued(base, '2023-02-14', false, { from: '2023-02-14', to: '2023-02-15' }), expect: { relative: false, range: { from: '2023-02-14', to: '2023-02-15' } } },
    // negative: a change never clears a field it leaves out
    { name: 'changed keeps a range', made: changed(revalued(base, 'x', true, { from: 'a', to: 'b' }), { value: 'y' }), expect: { value: 'y', range: { from: 'a', to: 'b' } } },
  ];
  for (const { name, made, expect } of rows) {
    it(`${name}: fields in candidate's order, with the values given`, () => {
      assert.deepEqual(Object.keys(made), KEYS);
      for (const [key, value] of Object.entries(expect)) assert.deepEqual(made[key as keyof DateCandidate], value, key);
    });
  }
});

describe('filtered and mapped: the list itself when nothing changes', () => {
  const list = [1, 2, 3];
  const rows: { name: string; result: readonly number[]; expect: number[]; same: boolean }[] = [
    { name: 'filter keeping all', result: filtered(list, (x) => x > 0), expect: [1, 2, 3], same: true },
    { name: 'filter dropping the middle', result: filtered(list, (x) => x !== 2), expect: [1, 3], same: false },
    { name: 'filter dropping the first', result: filtered(list, (x) => x !== 1), expect: [2, 3], same: false },
    { name: 'filter dropping all', result: filtered(list, () => false), expect: [], same: false },
    { name: 'map returning each', result: mapped(list, (x) => x), expect: [1, 2, 3], same: true },
    { name: 'map changing the last', result: mapped(list, (x, i) => (i === 2 ? 30 : x)), expect: [1, 2, 30], same: false },
    { name: 'map changing the first', result: mapped(list, (x, i) => (i === 0 ? 10 : x)), expect: [10, 2, 3], same: false },
  ];
  for (const { name, result, expect, same } of rows) {
    it(`${name} → [${expect.join(', ')}]${same ? ', the same list' : ', a new list'}`, () => {
      assert.deepEqual(result, expect);
      assert.equal(result === list, same);
      assert.deepEqual(list, [1, 2, 3]); // the input is never changed
    });
  }
});
