import * as assert from 'node:assert/strict';
import { formatEvalTable, parseEvalArgs } from '../../scripts/eval/report';

describe('parseEvalArgs', () => {
  const known = ['quotes', 'dates'];
  const rows = [
    { argv: [], expect: { kind: 'run', tasks: known, json: false } },
    { argv: ['quotes'], expect: { kind: 'run', tasks: ['quotes'], json: false } },
    { argv: ['dates', '--limit', '50', '--json'], expect: { kind: 'run', tasks: ['dates'], limit: 50, json: true } },
    { argv: ['--limit=7'], expect: { kind: 'run', tasks: known, limit: 7, json: false } },
    { argv: ['quote'], error: /Unknown task "quote"; the tasks are: quotes, dates/ },
    { argv: ['--limit'], error: /--limit needs a positive whole number/ },
    { argv: ['--limit', '0'], error: /--limit needs a positive whole number/ },
    { argv: ['--limit', '2.5'], error: /--limit needs a positive whole number/ },
    { argv: ['--verbose'], error: /Unknown option "--verbose"/ },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.argv.join(' '))}`, () => {
      const args = parseEvalArgs(row.argv, known);
      if (row.error) assert.match(args.kind === 'error' ? args.message : JSON.stringify(args), row.error);
      else assert.deepEqual(args, row.expect);
    });
  }
});

describe('formatEvalTable', () => {
  it('prints task, dataset, metric, value and n as aligned columns', () => {
    const table = formatEvalTable([
      { task: 'quotes', dataset: 'polnear.dev', metric: 'span F1', value: 0.98765, n: 924 },
      { task: 'dates', dataset: 'tbaq.dev', metric: 'value F1', value: 0.5 },
    ]);
    assert.equal(table, [
      'task    dataset      metric    value    n',
      '------  -----------  --------  -----  ---',
      'quotes  polnear.dev  span F1   0.988  924',
      'dates   tbaq.dev     value F1  0.500',
      '',
    ].join('\n'));
  });

  it('shows a missing value as NaN rather than a number', () => {
    assert.match(formatEvalTable([{ task: 't', dataset: 'd', metric: 'm', value: NaN }]), /m\s+NaN/);
  });
});
