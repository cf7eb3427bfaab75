import * as assert from 'node:assert/strict';
import { leadingYear, statedYear } from '../../src/core/refiners/leadingYear';

// each reader against the regex it stands for, on values the refiners meet
const LEADING = /^(\d{4})(?:$|-)/;
const STATED = /^(\d{4})(?:-\d\d(?:-\d\d)?)?$/;

describe('leadingYear and statedYear', () => {
  const rows = [
    { value: '1995', leading: 1995, stated: 1995 },
    { value: '1995-06', leading: 1995, stated: 1995 },
    { value: '1995-06-12', leading: 1995, stated: 1995 },
    { value: '1995-Q3', leading: 1995, stated: -1 },
    { value: '2012-11-06T10:00', leading: 2012, stated: -1 },
    { value: '2016-W19-WE', leading: 2016, stated: -1 },
    { value: '0000', leading: 0, stated: 0 },
    // negative rows: no year, or more than four digits
    { value: 'PRESENT_REF', leading: -1, stated: -1 },
    { value: 'P2Y', leading: -1, stated: -1 },
    { value: 'XXXX-09-11', leading: -1, stated: -1 },
    { value: '19950', leading: -1, stated: -1 },
    { value: '199', leading: -1, stated: -1 },
    { value: '1995-6', leading: 1995, stated: -1 },
    { value: '1995-06-1x', leading: 1995, stated: -1 },
    { value: '1995-0612', leading: 1995, stated: -1 },
    { value: '', leading: -1, stated: -1 },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.value)} as the regexes do`, () => {
      assert.equal(leadingYear(row.value), row.leading);
      assert.equal(statedYear(row.value), row.stated);
      assert.equal(leadingYear(row.value), Number(LEADING.exec(row.value)?.[1] ?? -1));
      assert.equal(statedYear(row.value), Number(STATED.exec(row.value)?.[1] ?? -1));
    });
  }
});
