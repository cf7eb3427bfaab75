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
    // decades counted from the story's year, or from the decade it named
    { text: 'In 2003 he was elected. A decade later he became a minister.', expect: ['2003=2003', 'A decade later=2013'] },
    { text: 'In 2003 he was elected. Two decades later he resigned.', expect: ['2003=2003', 'Two decades later=2023'] },
    { text: 'The rate reached 4.2 in the summer of 2011, up from 1.9 a decade earlier.', expect: ['the summer of 2011=2011-SU', 'a decade earlier=2001'] },
    { text: 'In the late 1980s he joined the ministry. A decade later he ran its budget office.', expect: ['the late 1980s=198', 'A decade later=199'] },
    { text: 'The 1970s were calm. In 2004 he won. A decade later he lost.', expect: ['The 1970s=197', '2004=2004', 'A decade later=2014'] },
    // a decade tells no single year: "two years later" stays unresolved
    { text: 'In the 1980s he joined the ministry. Two years later he left.', expect: ['the 1980s=198', 'Two years later=XXXX'] },
    // no year named before: the dateline's, or a placeholder for "that year"
    { text: 'The following year the port grew.', expect: ['The following year=2024'] },
    { text: 'Later that year it rained.', expect: ['Later that year=XXXX'] },
    // a counted "later" needs the story's year: the dateline's would put past events ahead of the article
    { text: 'He spent two years at the fund. Two years later he returned to the ministry.', expect: ['two years=P2Y', 'Two years later=XXXX'] },
    { text: 'A decade later, the port remains half empty.', expect: ['A decade later=XXXX'] },
    // not from the story
    { text: 'In 1995 she joined; two years ago she left.', expect: ['1995=1995', 'two years ago=2021'] },
    { text: 'In 1995 she joined, two years after the war.', expect: ['1995=1995', 'two years=P2Y'] },
    { text: 'A decade ago he was elected.', expect: ['A decade ago=2013'] },
    { text: 'The plant opened a decade earlier than planned.', expect: ['a decade=P10Y'] },
    { text: 'He served for a decade.', expect: ['a decade=P10Y'] },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} → ${row.expect.join(', ')}`, () => {
      const a = analyze(row.text, { referenceDate: '2023-02-13' });
      checkInvariants(a);
      assert.deepEqual(a.dates.map((d) => `${d.text}=${d.value}`), row.expect);
    });
  }
});
