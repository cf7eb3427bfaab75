import * as assert from 'node:assert/strict';
import { candidatesOf } from './candidatesOf';

describe('claims: a past habit told with "would" is no prediction', () => {
  const rows = [
    { text: 'Every spring the council would cut the grass along the canal.', expect: 'factual' },
    { text: 'Inspectors would often skip the checks at the eastern depot.', expect: 'factual' },
    { text: 'Back then the mill would employ most of the village.', expect: 'factual' },
    { text: 'Each winter the ferry would stop running for two weeks.', expect: 'factual' },
    // a refusal told with "would not" looks back too
    { text: 'The harbour board would not comment on the audit of its accounts.', expect: 'factual' },
    // a pledge told as a past habit is no commitment
    { text: 'Every summer the council would promise to clear the brush, and every summer nothing happened.', expect: 'factual' },
    { text: 'Ministers would often pledge to protect manual workers.', expect: 'factual' },
    // negatives: "would" looking forward, or a condition
    { text: 'The council would cut the grass along the canal.', expect: 'prediction' },
    { text: 'Ms. Vale said the levy would fund the new berths.', expect: 'prediction' },
    { text: 'If the levy passed, the council would cut the grass every spring.', expect: 'prediction' },
    { text: 'Every spring the council will cut the grass along the canal.', expect: 'prediction' },
    { text: 'The council has promised to clear the brush every summer.', expect: 'commitment' },
  ];
  for (const row of rows) it(row.text, () => assert.equal(candidatesOf(row.text)[0]?.type, row.expect));
});
