import * as assert from 'node:assert/strict';
import { outputRenderer } from '../../src/cli/annotations';
import { analyze } from '../../src/core';
import type { Warning } from '../../src/core/model';

describe('outputRenderer notes', () => {
  const render = (format: string) => outputRenderer({ format, annotations: false, includeRejected: false, toFiles: false, generatorVersion: '0.0.0-test' });
  const failed: Warning = { code: 'stage-failed', message: 'The quotes stage failed: boom' };
  const rows: { name: string; warnings: Warning[]; path: string | null; format: string; notes: string[] }[] = [
    { name: 'a failed stage, named with its file', warnings: [failed], path: 'news/a.txt', format: 'json',
      notes: ['news/a.txt: The quotes stage failed: boom; its results are missing'] },
    { name: 'a failed stage of standard input, in a text format', warnings: [failed], path: null, format: 'csv',
      notes: ['standard input: The quotes stage failed: boom; its results are missing'] },
    // negative: the article's own warnings stay in the output only
    { name: 'an ordinary warning', warnings: [{ code: 'no-dateline', message: 'The first line is not a dateline.' }], path: 'a.txt', format: 'json', notes: [] },
  ];
  for (const row of rows) {
    it(`says on stderr: ${row.name}`, () => {
      const analysis = { ...analyze('Plain text.'), warnings: row.warnings };
      assert.deepEqual(render(row.format)(analysis, row.path).notes, row.notes);
    });
  }
});
