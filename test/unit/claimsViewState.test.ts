import * as assert from 'node:assert/strict';
import { claimsHeader, followTarget } from '../../src/extension/claimsViewState';

describe('followTarget', () => {
  // Documents are names here; `articles` are the open documents in the article mode.
  const rows: { name: string; active?: string; panel: boolean; current?: string; articles: string[]; expect?: string }[] = [
    { name: 'the active article', active: 'talks.txt', panel: false, current: undefined, articles: ['talks.txt'], expect: 'talks.txt' },
    { name: 'another active article replaces the shown one', active: 'b.txt', panel: false, current: 'a.txt', articles: ['a.txt', 'b.txt'], expect: 'b.txt' },
    { name: 'an active plain-text file shows nothing', active: 'notes.txt', panel: false, current: 'a.txt', articles: ['a.txt'], expect: undefined },
    { name: 'the shown article switched to plain text', active: 'a.txt', panel: false, current: 'a.txt', articles: [], expect: undefined },
    { name: 'a panel keeps the last article', active: undefined, panel: true, current: 'a.txt', articles: ['a.txt'], expect: 'a.txt' },
    { name: 'a panel keeps no article that was closed or switched back', active: undefined, panel: true, current: 'a.txt', articles: [], expect: undefined },
    { name: 'a panel with nothing shown before', active: 'output', panel: true, current: undefined, articles: [], expect: undefined },
  ];
  for (const row of rows) {
    it(`chooses the document to show: ${row.name}`, () => {
      const isOpenArticle = (d: string) => row.articles.includes(d);
      assert.equal(followTarget({ active: row.active, panel: row.panel, current: row.current, isOpenArticle }), row.expect);
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
  ];
  for (const row of rows) {
    it(`describes the view: ${row.name}`, () => {
      assert.deepEqual(claimsHeader(...row.args), row.expect);
    });
  }
});
