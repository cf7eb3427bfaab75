import * as assert from 'node:assert/strict';
import { claimsHeader, followTarget, notAnalysedReason } from '../../src/extension/claimsViewState';

describe('followTarget', () => {
  // Documents are names here; `articles` are the open documents in the article mode,
  // `visible` those an editor group shows, `tabs` those a tab holds (shown or not).
  type Row = { name: string; active?: string; panel: boolean; current?: string; articles: string[]; visible?: string[]; tabs?: string[]; expect?: string };
  const rows: Row[] = [
    { name: 'the active article', active: 'talks.txt', panel: false, current: undefined, articles: ['talks.txt'], expect: 'talks.txt' },
    { name: 'another active article replaces the shown one', active: 'b.txt', panel: false, current: 'a.txt', articles: ['a.txt', 'b.txt'], visible: ['a.txt', 'b.txt'], expect: 'b.txt' },
    { name: 'an active plain-text file in place of the article shows nothing', active: 'notes.txt', panel: false, current: 'a.txt', articles: ['a.txt'], tabs: ['a.txt'], expect: undefined },
    { name: 'an active plain-text file beside the still visible article keeps it', active: 'notes.txt', panel: false, current: 'a.txt', articles: ['a.txt'], visible: ['a.txt', 'notes.txt'], expect: 'a.txt' },
    { name: 'an active plain-text file beside a visible article never shown before', active: 'notes.txt', panel: false, current: undefined, articles: ['a.txt'], visible: ['a.txt'], expect: undefined },
    { name: 'the shown article switched to plain text', active: 'a.txt', panel: false, current: 'a.txt', articles: [], visible: ['a.txt'], expect: undefined },
    { name: 'a panel keeps the last article while a tab holds it', active: undefined, panel: true, current: 'a.txt', articles: ['a.txt'], tabs: ['a.txt'], expect: 'a.txt' },
    { name: 'a panel keeps no article whose last editor closed', active: undefined, panel: true, current: 'a.txt', articles: ['a.txt'], tabs: [], expect: undefined },
    { name: 'a panel keeps no article that was closed or switched back', active: undefined, panel: true, current: 'a.txt', articles: [], tabs: ['a.txt'], expect: undefined },
    { name: 'a panel with nothing shown before', active: 'output', panel: true, current: undefined, articles: [], expect: undefined },
  ];
  for (const row of rows) {
    it(`chooses the document to show: ${row.name}`, () => {
      const isOpenArticle = (d: string) => row.articles.includes(d);
      const isVisible = (d: string) => (row.visible ?? []).includes(d);
      const hasTab = (d: string) => (row.tabs ?? row.visible ?? []).includes(d);
      assert.equal(followTarget({ active: row.active, panel: row.panel, current: row.current, isOpenArticle, isVisible, hasTab }), row.expect);
    });
  }
});

describe('claimsHeader', () => {
  const rows: { name: string; args: Parameters<typeof claimsHeader>; expect: ReturnType<typeof claimsHeader> }[] = [
    { name: 'analysing', args: ['talks.txt', true, ''], expect: { description: 'talks.txt', message: 'Analysing talks.txt…' } },
    { name: 'analysing wins over the filter', args: ['talks.txt', true, 'tax'], expect: { description: 'talks.txt', message: 'Analysing talks.txt…' } },
    { name: 'filtered', args: ['Budget talks', false, 'tax'], expect: { description: 'Budget talks', message: 'Filtered by “tax”' } },
    { name: 'analysed, no filter', args: ['Budget talks', false, ''], expect: { description: 'Budget talks', message: undefined } },
    { name: 'no article', args: [undefined, false, 'tax'], expect: {} },
    { name: 'not analysed, with the reason', args: ['blob.txt', false, '', 'This file does not look like text.'], expect: { description: 'blob.txt', message: 'Not analysed: This file does not look like text.' } },
    { name: 'analysing wins over an earlier reason', args: ['blob.txt', true, '', 'This file does not look like text.'], expect: { description: 'blob.txt', message: 'Analysing blob.txt…' } },
  ];
  for (const row of rows) {
    it(`describes the view: ${row.name}`, () => {
      assert.deepEqual(claimsHeader(...row.args), row.expect);
    });
  }
});

describe('notAnalysedReason', () => {
  const rows: { name: string; warnings: { code: string; message: string }[]; expect?: string }[] = [
    { name: 'binary text', warnings: [{ code: 'not-text', message: 'Not text.' }], expect: 'Not text.' },
    { name: 'a failed analysis', warnings: [{ code: 'analysis-failed', message: 'The analysis failed.' }], expect: 'The analysis failed.' },
    { name: 'an undated article was analysed', warnings: [{ code: 'no-dateline', message: 'No dateline.' }], expect: undefined },
    { name: 'no warning', warnings: [], expect: undefined },
  ];
  for (const row of rows) {
    it(`tells why a file was not analysed: ${row.name}`, () => {
      assert.equal(notAnalysedReason({ warnings: row.warnings as never }), row.expect);
    });
  }
});
