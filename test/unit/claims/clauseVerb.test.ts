import * as assert from 'node:assert/strict';
import { actsAsVerb } from '../../../src/core/extractors/claims/clauseVerb';

describe('actsAsVerb', () => {
  // the reporting word is the one in capitals' place: `word` is found in `seg`
  const rows = [
    { seg: 'the ministry states that the berths are ready', word: 'states', expect: true },
    { seg: 'which she said was too low', word: 'said', expect: true },
    { seg: 'what he says is true', word: 'says', expect: true },
    { seg: 'the clerk notes the levy is low', word: 'notes', expect: true },
    // a verb right after a reporting word in -s makes it a plural noun
    { seg: 'member states are expected to vote', word: 'states', expect: false },
    { seg: 'the reports were due in May', word: 'reports', expect: false },
    { seg: 'his claims have been checked', word: 'claims', expect: false },
    // a name, a modifier after an article, a passive
    { seg: 'the United States said', word: 'States', expect: false },
    { seg: 'an added benefit', word: 'added', expect: false },
    { seg: 'they were announced', word: 'announced', expect: false },
  ];
  for (const row of rows) it(`${row.word} in "${row.seg}" → ${row.expect}`, () => assert.equal(actsAsVerb(row.seg, row.seg.indexOf(row.word)), row.expect));
});
