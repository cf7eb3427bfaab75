import * as assert from 'node:assert/strict';
import { isIsoDate, parseCliArgs } from '../../src/cli/args';

describe('parseCliArgs', () => {
  const accepted = [
    { argv: ['analyze', 'a.txt'], expect: { inputs: ['a.txt'], format: 'json', out: null, allClaims: false } },
    { argv: ['analyze', 'a.txt', 'news', '-'], expect: { inputs: ['a.txt', 'news', '-'] } },
    { argv: ['analyze', '--format', 'jsonl', 'news'], expect: { format: 'jsonl', inputs: ['news'] } },
    { argv: ['analyze', 'news', '--format=json', '--out', 'o'], expect: { format: 'json', out: 'o' } },
    { argv: ['analyze', 'a.txt', '--reference-date', '2024-02-29'], expect: { referenceDate: '2024-02-29' } },
    { argv: ['analyze', 'a.txt', '--min-check-worthiness', '0.25'], expect: { minCheckWorthiness: 0.25 } },
    { argv: ['analyze', 'a.txt', '--min-check-worthiness', '0'], expect: { minCheckWorthiness: 0 } },
    { argv: ['analyze', 'a.txt', '--all-claims'], expect: { allClaims: true } },
    { argv: ['analyze', '--', '--odd-name.txt'], expect: { inputs: ['--odd-name.txt'] } },
    { argv: ['analyze', 'a.txt', '--annotations', '--include-rejected'], expect: { annotations: true, includeRejected: true } },
    // after --, a negative number is an input like any other, not an option's value
    { argv: ['analyze', '--', 'a.txt', '--jobs', '-1'], expect: { inputs: ['a.txt', '--jobs', '-1'] } },
  ];
  for (const row of accepted) {
    it(`accepts ${row.argv.join(' ')}`, () => {
      const command = parseCliArgs(row.argv);
      assert.equal(command.kind, 'analyze', JSON.stringify(command));
      for (const [key, value] of Object.entries(row.expect)) assert.deepEqual((command as unknown as Record<string, unknown>)[key], value, key);
    });
  }

  const special = [
    { argv: ['--help'], kind: 'help' },
    { argv: ['-h'], kind: 'help' },
    { argv: ['analyze', '--help'], kind: 'help' },
    { argv: ['--version'], kind: 'version' },
    { argv: ['-v'], kind: 'version' },
  ];
  for (const row of special) {
    it(`reads ${row.argv.join(' ')} as ${row.kind}`, () => assert.equal(parseCliArgs(row.argv).kind, row.kind));
  }

  const rejected = [
    { argv: [], message: /Missing command/ },
    { argv: ['analyse', 'a.txt'], message: /Unknown command "analyse"/ },
    { argv: ['analyze'], message: /Nothing to analyze/ },
    { argv: ['analyze', '-', '-'], message: /only once/ },
    { argv: ['analyze', 'a.txt', '--fromat', 'json'], message: /Unknown option '--fromat'/ },
    { argv: ['analyze', 'a.txt', '--format', 'xml'], message: /--format must be json, jsonl, w3c, brat or csv/ },
    { argv: ['analyze', 'a.txt', '--out'], message: /--out/ },
    { argv: ['analyze', 'a.txt', '--out', ' '], message: /--out needs a directory/ },
    { argv: ['analyze', 'a.txt', '--out', 'o', '--format', 'jsonl'], message: /standard output only/ },
    { argv: ['analyze', 'a.txt', '--reference-date', '2023-02-30'], message: /real date/ },
    { argv: ['analyze', 'a.txt', '--reference-date', '13/02/2023'], message: /YYYY-MM-DD/ },
    { argv: ['analyze', 'a.txt', '--min-check-worthiness', '1.5'], message: /from 0 to 1/ },
    { argv: ['analyze', 'a.txt', '--min-check-worthiness', 'high'], message: /from 0 to 1/ },
    { argv: ['analyze', 'a.txt', '--min-check-worthiness', ''], message: /from 0 to 1/ },
    { argv: ['analyze', 'a.txt', '--all-claims=yes'], message: /--all-claims/ },
    { argv: ['analyze', 'a.txt', '--min-check-worthiness', '-0.1'], message: /from 0 to 1, not "-0\.1"/ },
    { argv: ['analyze', 'a.txt', '--min-check-worthiness', '-.5'], message: /from 0 to 1, not "-\.5"/ },
    { argv: ['analyze', 'a.txt', '-j', '-2'], message: /--jobs must be a whole number from 1 to 64, not "-2"/ },
    { argv: ['analyze', 'a.txt', '--out', '-x'], message: /ambiguous/ },
    { argv: ['analyze', 'a.txt', '--include-rejected'], message: /--include-rejected only applies with --annotations/ },
  ];
  for (const row of rejected) {
    it(`rejects ${JSON.stringify(row.argv.join(' '))}`, () => {
      const command = parseCliArgs(row.argv);
      assert.equal(command.kind, 'error');
      assert.match(command.kind === 'error' ? command.message : '', row.message);
    });
  }
});

describe('isIsoDate', () => {
  const rows = [
    { text: '2023-02-13', expect: true },
    { text: '2024-02-29', expect: true },
    { text: '2023-02-29', expect: false },
    { text: '2023-13-01', expect: false },
    { text: '2023-2-13', expect: false },
    { text: '2023-02-13T00:00', expect: false },
    { text: '', expect: false },
  ];
  for (const row of rows) it(`${JSON.stringify(row.text)} → ${row.expect}`, () => assert.equal(isIsoDate(row.text), row.expect));
});
