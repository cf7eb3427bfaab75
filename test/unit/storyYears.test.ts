import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { checkInvariants } from './invariants';

describe('years told from the story (storyYears, anchorStoryYears)', () => {
  // resolved against 2023-02-13
  const rows: { text: string; expect: string[] }[] = [
    { text: 'In 1995 she joined the board, and the following year she left it.', expect: ['1995=1995', 'the following year=1996'] },
    { text: 'The plant opened in 1998. Later that year it closed.', expect: ['1998=1998', 'Later that year=1998'] },
    { text: 'He won in 2004. Two years later he lost.', expect: ['2004=2004', 'Two years later=2006'] },
    { text: 'The law passed in 2010. The previous year was quiet.', expect: ['2010=2010', 'The previous year=2009'] },
    // no year named before: the dateline's, or a placeholder for "that year"
    { text: 'The following year the port grew.', expect: ['The following year=2024'] },
    { text: 'Later that year it rained.', expect: ['Later that year=XXXX'] },
    // not from the story
    { text: 'In 1995 she joined; two years ago she left.', expect: ['1995=1995', 'two years ago=2021'] },
    { text: 'In 1995 she joined, two years after the war.', expect: ['1995=1995', 'two years=P2Y'] },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} → ${row.expect.join(', ')}`, () => {
      const a = analyze(row.text, { referenceDate: '2023-02-13' });
      checkInvariants(a);
      assert.deepEqual(a.dates.map((d) => `${d.text}=${d.value}`), row.expect);
    });
  }
});
