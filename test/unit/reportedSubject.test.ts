import * as assert from 'node:assert/strict';
import { reportedSubject } from '../../src/core/extractors/reportedSubject';
import { words } from '../../src/core/extractors/words';

/** The name reportedSubject finds for the first "he" of a text, as its words; null for none. */
function reportedFor(text: string): string | null {
  const ws = words(text, 0, text.length);
  const k = ws.findIndex((w) => w.key === 'he');
  const r = reportedSubject(ws, k, 0);
  return r && ws.slice(r[0], r[1] + 1).map((w) => w.text).join(' ');
}

describe('reportedSubject', () => {
  const rows: ReadonlyArray<{ text: string; expect: string | null }> = [
    { text: 'Kell said Mark Brandt was right when he spoke.', expect: 'Mark Brandt' },
    { text: 'Kell argued that Brandt had won because he ran.', expect: 'Brandt' },
    // negative rows: no report, no name reported on, or no clause of time or reason
    { text: 'Kell met Mark Brandt when he spoke.', expect: null },
    { text: 'Kell said the plan was right when he spoke.', expect: null },
    { text: 'Kell said Mark Brandt was right and he spoke.', expect: null },
  ];
  for (const row of rows) {
    it(`${row.expect ? `finds "${row.expect}"` : 'finds none'} in "${row.text}"`, () => {
      assert.equal(reportedFor(row.text), row.expect);
    });
  }
});
