import * as assert from 'node:assert/strict';
import { shiftedFrom, toStoryDate } from '../../src/core/refiners/storyDate';

describe('storyDate: units shifted from what the story told of its date', () => {
  const rows: { from: string; unit: string; shift: number; expect: string | null }[] = [
    { from: '2019-03-06', unit: 'week', shift: 0, expect: '2019-W10' },
    { from: '2019-W10', unit: 'month', shift: 1, expect: '2019-04' }, // a week's Thursday tells its month
    { from: '2019-12-30', unit: 'month', shift: 1, expect: '2020-01' },
    { from: '2019-03-06', unit: 'SU', shift: 1, expect: '2019-SU' }, // the first summer after March is that year's
    { from: '2019-12-10', unit: 'WI', shift: 0, expect: '2019-WI' },
    { from: '2020-02-10', unit: 'WI', shift: 0, expect: '2019-WI' }, // February's winter began the December before
    { from: '2019-07-01', unit: 'SP', shift: -1, expect: '2019-SP' },
    { from: '2019-SU', unit: 'FA', shift: 0, expect: '2019-FA' },
    { from: '2019', unit: 'SP', shift: 1, expect: '2020-SP' },
    { from: '2019', unit: 'month', shift: 0, expect: '2019-XX' },
    // too little told: no value
    { from: '2019', unit: 'month', shift: 1, expect: null },
    { from: '2019-03', unit: 'week', shift: 0, expect: null },
    { from: '2019-W10', unit: 'day', shift: 2, expect: null },
    { from: 'PRESENT_REF', unit: 'month', shift: 0, expect: null },
  ];
  for (const row of rows) {
    it(`${row.from} ${row.shift >= 0 ? '+' : ''}${row.shift} ${row.unit} → ${row.expect}`, () => {
      const story = toStoryDate(row.from);
      assert.equal(story ? shiftedFrom(story, row.unit, row.shift) : null, row.expect);
    });
  }
});
