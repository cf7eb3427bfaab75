import * as assert from 'node:assert/strict';
import { capitalsLead } from '../../../src/core/extractors/claims/capitalsLead';
import { trimSpan } from '../../../src/core/extractors/claims/spanText';
import { isMarkup } from '../../../src/core/extractors/claims/isMarkup';
import { isHeadline } from '../../../src/core/extractors/claims/isHeadline';

describe('capitalsLead: a headline in capitals glued to its text', () => {
  const rows = [
    { text: 'HARBOUR LEVY PASSES The council voted 9 to 2.', expect: 'The council voted 9 to 2.' },
    { text: 'RIVERTON (RNS) — The council voted 9 to 2.', expect: 'The council voted 9 to 2.' },
    { text: 'LEVY VOTE TONIGHT “The council will decide,” the clerk said.', expect: '“The council will decide,” the clerk said.' },
    // negatives: acronyms, one word in capitals, a headline with nothing after it
    { text: 'NATO and EU ministers met in Brussels.', expect: 'NATO and EU ministers met in Brussels.' },
    { text: 'FBI agents searched the depot.', expect: 'FBI agents searched the depot.' },
    { text: 'AT&T CEO Jane Roe resigned.', expect: 'AT&T CEO Jane Roe resigned.' },
    { text: 'HARBOUR LEVY PASSES', expect: 'HARBOUR LEVY PASSES' },
  ];
  for (const row of rows) {
    it(JSON.stringify(row.text), () => assert.equal(row.text.slice(capitalsLead(row.text, 0, row.text.length)), row.expect));
  }
});

describe('trimSpan: a claim does not open on a bullet or end on a participle that hands over to a quote', () => {
  const rows = [
    { text: 'the crews knew to expect floods, saying', expect: 'the crews knew to expect floods' },
    { text: 'the levy passed, adding', expect: 'the levy passed' },
    // a bullet or a lone quote mark left from the line before opens no claim
    { text: '~ The levy passed', expect: 'The levy passed' },
    { text: "' In the report, the levy passed", expect: 'In the report, the levy passed' },
    // negatives: the participle is the claim's own word; an apostrophe that opens a word stays
    { text: "'90s ferries still run", expect: "'90s ferries still run" },
    { text: 'the mayor kept saying', expect: 'the mayor kept saying' },
    { text: 'the clerk was adding', expect: 'the clerk was adding' },
  ];
  for (const row of rows) {
    it(JSON.stringify(row.text), () => {
      const [s, e] = trimSpan(row.text, 0, row.text.length);
      assert.equal(row.text.slice(s, e), row.expect);
    });
  }
});

describe('isMarkup: pasted tags are no claim', () => {
  const rows = [
    { text: '<tweet tweet-id="745260"><tweet/>.', expect: true },
    { text: '<img src="pier.jpg" alt="the old pier">', expect: true },
    // negatives: words around the tags, or no tag at the start
    { text: '<b>Rents</b> rose 4 percent in May.', expect: false },
    { text: 'Rents rose <b>4 percent</b>.', expect: false },
  ];
  for (const row of rows) it(JSON.stringify(row.text), () => assert.equal(isMarkup(row.text, 0, row.text.length, 3), row.expect));
});

describe('isHeadline: a headline in title case states nothing to check', () => {
  const rows = [
    { text: 'Mayor Faces Vote Over Harbour Levy After Flood.', expect: true },
    { text: 'Riverton Council Accused Of Hiding Costs With Secret Fund.', expect: true },
    { text: 'Breaking: Harbour Chief Just Made An Announcement That Will Surprise Shippers.', expect: true },
    // negatives: names and titles in a sentence of prose, a headline too short to tell
    { text: 'Harbour Director Ann Lee and Mayor Tom Reyes met Tuesday.', expect: false },
    { text: 'The levy was first reported by The Riverton Post on Monday.', expect: false },
    { text: 'Talks Resume.', expect: false },
  ];
  for (const row of rows) it(JSON.stringify(row.text), () => assert.equal(isHeadline(row.text, 0, row.text.length), row.expect));
});
