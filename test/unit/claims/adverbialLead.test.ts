import * as assert from 'node:assert/strict';
import { adverbialLead } from '../../../src/core/extractors/claims/leadPhrases';

describe('adverbialLead', () => {
  // each lead ends at the comma before the subject "the mayor"
  const rows = [
    { lead: 'In the early 1990s, ', expect: true },
    { lead: 'Writing for the majority, ', expect: true },
    { lead: 'Asked about calls from the minister, Paul Reyes, for lower fares, ', expect: true },
    { lead: 'Asked about a letter from the envoy, Ana de Vell, ', expect: true },
    { lead: 'In Marlow Vale, where the river burst its banks twice last winter, ', expect: true },
    { lead: 'In 2019, when the plant closed, ', expect: true },
    // negative rows: a clause, and a second phrase after a comma that is no name
    { lead: 'Rents rose, ', expect: false },
    { lead: 'Asked about the fares, the berths and the levy, ', expect: false },
    { lead: 'Asked about the fares, Leeds and York, ', expect: false },
    { lead: 'In Marlow Vale, the river burst its banks, ', expect: false },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.lead)} → ${row.expect}`, () => {
      const seg = `${row.lead}the mayor said fares would rise.`;
      assert.equal(adverbialLead(seg, row.lead.length), row.expect);
    });
  }
});
