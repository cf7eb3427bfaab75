import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { checkInvariants } from './invariants';

/** A date as a test expects it: its text, TIMEX3 type and value, and its range where it has one. */
export type Found = [text: string, type: string, value: string, range?: [from: string, to: string]];

/** One test per row: the row's text in an article dated Thursday 2025-05-15 gives exactly these dates, in order. */
export function dateTable(title: string, rows: readonly { readonly text: string; readonly expect: readonly Found[] }[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(`finds ${row.expect.map((e) => e[0]).join(', ') || 'nothing'} in "${row.text}"`, () => {
        const analysis = analyze(`date 2025-05-15 Dates\n\n${row.text}`);
        checkInvariants(analysis);
        assert.deepEqual(
          analysis.dates.map((d): Found => (d.range ? [d.text, d.type, d.value, [d.range.from, d.range.to]] : [d.text, d.type, d.value])),
          row.expect,
        );
      });
    }
  });
}
