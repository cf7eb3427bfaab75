import * as assert from 'node:assert/strict';
import { inCapitals, readableName } from '../../src/core/extractors/readableName';

describe('readableName: a name in capitals as prose writes it', () => {
  const rows: { name: string; expect: string; capitals: boolean }[] = [
    { name: 'KATE HOLT', expect: 'Kate Holt', capitals: true },
    { name: "DANA O'NEIL", expect: "Dana O'Neil", capitals: true },
    { name: 'MARY MCDONALD-SMITH', expect: 'Mary McDonald-Smith', capitals: true },
    { name: 'JOSÉ ÁLVAREZ', expect: 'José Álvarez', capitals: true },
    // negative rows: a name in prose, and one letter, are no capitals
    { name: 'Kate Holt', expect: 'Kate Holt', capitals: false },
    { name: 'J.', expect: 'J.', capitals: false },
  ];
  for (const row of rows) {
    it(row.name, () => {
      assert.equal(inCapitals(row.name), row.capitals);
      if (row.capitals) assert.equal(readableName(row.name), row.expect);
    });
  }
});
