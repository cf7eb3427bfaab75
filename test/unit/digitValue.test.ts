import * as assert from 'node:assert/strict';
import { digitValue } from '../../src/core/extractors/figures/digitValue';

describe('digitValue', () => {
  const rows: Array<[string, number | null]> = [
    ['1,500', 1500], ['2.5', 2.5], ['10 000', 10000], ['1,234,567.89', 1234567.89], ['12,34,567', 1234567],
    ['1e10', 1e10], ['.08', 0.08], ['1,3', 1.3], ['1.2.3', null], ['1,2,3', null], ['12,3456', null],
  ];
  for (const [text, value] of rows) {
    it(`reads ${JSON.stringify(text)} as ${value}`, () => assert.equal(digitValue(text), value));
  }
});
