import * as assert from 'node:assert/strict';
import { WrittenNames, writtenAsName } from '../../src/core/extractors/writtenAsName';

describe('writtenAsName', () => {
  const rows: ReadonlyArray<{ text: string; word: string; expect: boolean }> = [
    { text: 'Brandt spoke. The crowd cheered for Brandt.', word: 'Brandt', expect: true },
    { text: 'Brandt spoke. "We won," Brandt said.', word: 'Brandt', expect: true },
    { text: 'Brandt spoke. Then, Brandt left.', word: 'Brandt', expect: true },
    // negative rows: written only where any word has a capital, in lower case too, or after "in"
    { text: 'Brandt spoke. Brandt left.', word: 'Brandt', expect: false },
    { text: 'Brandt spoke. "We won." Brandt left.', word: 'Brandt', expect: false },
    { text: 'Footage showed it. The footage was short, said Footage Inc.', word: 'Footage', expect: false },
    { text: 'Leeds voted. The crowd in Leeds cheered for Leeds.', word: 'Leeds', expect: false },
    { text: 'Brandt spoke. The crowd cheered for Brandtson.', word: 'Brandt', expect: false },
  ];
  for (const row of rows) {
    it(`${row.expect ? 'a name' : 'no name'}: ${row.text}`, () => {
      assert.equal(writtenAsName(row.text, row.word, new WrittenNames()), row.expect);
    });
  }
});
