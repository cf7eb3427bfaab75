import * as assert from 'node:assert/strict';
import { fitsRole, roleWords } from '../../src/core/extractors/roleWords';

describe('roleWords', () => {
  const rows: ReadonlyArray<{ text: string; expect: string[] }> = [
    { text: 'Former Florida Gov.', expect: ['former', 'florida', 'governor'] },
    { text: 'the former Florida governor', expect: ['former', 'florida', 'governor'] },
    { text: 'NATO Secretary General', expect: ['nato', 'secretary', 'general'] },
    { text: 'the', expect: ['the'] }, // a lone determiner is kept: there is nothing else
    // spaces as /\s+/ splits them: a space after a lone determiner leaves an empty word, so the determiner goes
    { text: 'the ', expect: [] },
    { text: ' the  senator\t', expect: ['senator'] },
    { text: 'the\u00a0former\nsenator,', expect: ['former', 'senator'] },
    { text: '', expect: [] },
  ];
  for (const row of rows) it(`${JSON.stringify(row.text)} → ${JSON.stringify(row.expect)}`, () => assert.deepEqual(roleWords(row.text), row.expect));
});

describe('fitsRole', () => {
  const rows: ReadonlyArray<{ description: string; role: string; expect: boolean }> = [
    { description: 'the former governor', role: 'Former Florida Gov.', expect: true },
    { description: 'the former Florida governor', role: 'the former Florida governor', expect: true },
    { description: 'the secretary general', role: 'NATO Secretary General', expect: true },
    { description: 'the president of Judicial Watch', role: 'the president of Judicial Watch', expect: true },
    // negative rows: another head, words out of order, more words than the role
    { description: 'the Florida senator', role: 'Former Florida Gov.', expect: false },
    { description: 'the board', role: 'a member of the board', expect: false },
    { description: 'the governor former', role: 'Former Florida Gov.', expect: false },
    { description: 'the former Florida governor', role: 'Gov.', expect: false },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.description)} ${row.expect ? 'fits' : 'does not fit'} ${JSON.stringify(row.role)}`, () =>
      assert.equal(fitsRole(roleWords(row.description), roleWords(row.role)), row.expect));
  }
});
