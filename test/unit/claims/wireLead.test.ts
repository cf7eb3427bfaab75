import * as assert from 'node:assert/strict';
import { candidatesOf, describeClaim } from './candidatesOf';

/** Every candidate as "text | speaker | attribution", whatever its score. */
const read = (body: string): string[] => candidatesOf(body).map(describeClaim);

describe('claims: a wire dateline or a timestamp opening a paragraph', () => {
  const rows = [
    { text: 'PORT HALDEN (Wire) \u2014 Rhona Veldt won the harbour seat with 51.8% of the vote.', expect: ['Rhona Veldt won the harbour seat with 51.8% of the vote. | - | narrative'] },
    { text: 'HALDEN (Newsline) - The navy has sent 400 sailors, officials said.', expect: ['The navy has sent 400 sailors | officials | indirect'] },
    { text: 'Fares rose.\n\n13:45 GMT \u2014 The navy has sent 400 sailors to the port.', expect: ['The navy has sent 400 sailors to the port. | - | narrative'] },
    // negatives: capitals or a time inside the sentence stay
    { text: 'The navy has sent 400 sailors to HALDEN (Newsline) - the port.', expect: ['The navy has sent 400 sailors to HALDEN (Newsline) - the port. | - | narrative'] },
    { text: 'UK-based crews sent 400 sailors to the port.', expect: ['UK-based crews sent 400 sailors to the port. | - | narrative'] },
  ];
  for (const row of rows) it(JSON.stringify(row.text), () => assert.deepEqual(read(row.text), row.expect));
});
