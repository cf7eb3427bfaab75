import * as assert from 'node:assert/strict';
import { parseCliArgs } from '../../src/cli/args';
import { usageMessage } from '../../src/cli/preflight';

describe('usageMessage: one sentence, then the help hint', () => {
  const HINT = '\nRun "policy-lens --help" for usage.\n';
  const rows = [
    // Node's parseArgs messages: no full stop of their own
    { name: 'a missing option value', message: (parseCliArgs(['analyze', 'a.txt', '--out']) as { message: string }).message, ends: "argument missing." },
    { name: 'an unknown option', message: (parseCliArgs(['analyze', 'a.txt', '--bogus']) as { message: string }).message, ends: `"--bogus".` },
    // negative rows: a message that ends a sentence keeps its own stop
    { name: 'our own message', message: 'Standard input (-) can be read only once.', ends: 'only once.' },
    { name: 'a question', message: 'Did you mean --out?', ends: '--out?' },
    { name: 'an exclamation', message: 'Stop!', ends: 'Stop!' },
  ];
  for (const row of rows) {
    it(`ends ${row.name} with one stop`, () => {
      const text = usageMessage(row.message);
      assert.ok(text.startsWith('policy-lens: '));
      assert.ok(text.endsWith(row.ends + HINT), text);
      assert.ok(!/\.\.\n/.test(text));
    });
  }
});
