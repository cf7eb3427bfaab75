import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { TreatedArticles } from '../../src/extension/treatedArticles';

/** A workspace-state stand-in: what VS Code's Memento keeps between sessions. */
class FakeMemento {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
}

const uri = (path: string, scheme = 'file') => ({ scheme, toString: () => `${scheme}://${path}` }) as unknown as vscode.Uri;
const treated = (memento = new FakeMemento()) => new TreatedArticles(memento as unknown as vscode.Memento);

describe('TreatedArticles', () => {
  it('remembers a file across instances over the same state, and forgets it on remove', async () => {
    const memento = new FakeMemento();
    await treated(memento).add(uri('/w/notes.txt'));
    const next = treated(memento);
    assert.equal(next.has(uri('/w/notes.txt')), true);
    assert.equal(next.has(uri('/w/other.txt')), false);
    await next.remove(uri('/w/notes.txt'));
    assert.equal(treated(memento).has(uri('/w/notes.txt')), false);
  });

  const rows: { name: string; stored: unknown; has: boolean }[] = [
    { name: 'nothing stored', stored: undefined, has: false },
    { name: 'a damaged value', stored: 'file:///w/notes.txt', has: false },
    { name: 'a list with junk beside the file', stored: [42, null, 'file:///w/notes.txt'], has: true },
  ];
  for (const row of rows) {
    it(`reads ${row.name} without throwing`, () => {
      const memento = new FakeMemento();
      memento.values.set('policyLens.treatedAsArticle', row.stored);
      assert.equal(treated(memento).has(uri('/w/notes.txt')), row.has);
    });
  }

  it('keeps no untitled document', async () => {
    const t = treated();
    assert.equal(t.add(uri('Untitled-1', 'untitled')), undefined);
    assert.equal(t.has(uri('Untitled-1', 'untitled')), false);
  });

  it('keeps the 500 most recent choices, a repeated one moving to the end', async () => {
    const memento = new FakeMemento();
    const t = treated(memento);
    for (let i = 0; i < 501; i++) await t.add(uri(`/w/${i}.txt`));
    await t.add(uri('/w/1.txt'));
    assert.equal(t.has(uri('/w/0.txt')), false);
    assert.equal(t.has(uri('/w/1.txt')), true);
    const stored = memento.get<string[]>('policyLens.treatedAsArticle')!;
    assert.equal(stored.length, 500);
    assert.equal(stored[stored.length - 1], 'file:///w/1.txt');
  });
});
