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
    // "states" after a number or an adjective is the noun; the verb hands over to its content at once
    { seg: 'when 11 states passed referendums', word: 'states', expect: false },
    { seg: 'she won the early states.', word: 'states', expect: false },
    { seg: 'he won whiter states, like Ohio', word: 'states', expect: false },
    { seg: 'the charter states: members pay', word: 'states', expect: true },
    { seg: 'the law states the limit is low', word: 'states', expect: true },
    // a name, a modifier after an article, a passive
    { seg: 'the United States said', word: 'States', expect: false },
    { seg: 'an added benefit', word: 'added', expect: false },
    { seg: 'they were announced', word: 'announced', expect: false },
  ];
  for (const row of rows) it(`${row.word} in "${row.seg}" → ${row.expect}`, () => assert.equal(actsAsVerb(row.seg, row.seg.indexOf(row.word)), row.expect));
});
