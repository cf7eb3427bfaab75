import * as assert from 'node:assert/strict';
import { candidatesOf } from './candidatesOf';

/** The speaker of the first candidate of the body's last paragraph. */
function lastSpeaker(body: string): string | null {
  const claims = candidatesOf(body);
  return claims[claims.length - 1]?.speaker?.name ?? null;
}

describe('claims: the outlet named in its own sentence is the source, not the last speaker', () => {
  const before = 'The harbour board found 40 breaches last year, according to the Ports Audit Office.\n\n';
  const rows = [
    { text: 'The Courier reported that the board paid its chief 3 million euros in bonuses.', expect: 'The Courier' },
    { text: 'The Evening Ledger reported that the board paid its chief 3 million euros in bonuses.', expect: 'Evening Ledger' },
    { text: 'The newspaper reported that the board paid its chief 3 million euros in bonuses.', expect: 'The newspaper' },
    // an outlet noun after an outlet stands for it
    { text: 'The Courier reported the levy.\n\nThe newspaper reported that the board paid its chief 3 million euros in bonuses.', expect: 'The Courier' },
    { text: 'The Valdorian Herald reported that two board members had argued for a cut. The newspaper said the minutes would show a sharp split.', expect: 'Valdorian Herald' },
    // negatives: a title is no outlet, and after a body it names a person, not that body; a body's own noun stands for the body
    { text: 'The Secretary General reported that the board paid its chief 3 million euros in bonuses.', expect: 'The Secretary General' },
    { text: 'The office reported that the board paid its chief 3 million euros in bonuses.', expect: 'Ports Audit Office' },
  ];
  for (const row of rows) it(row.text, () => assert.equal(lastSpeaker(before + row.text), row.expect));
});
