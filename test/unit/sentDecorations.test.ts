import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { SentDecorations } from '../../src/extension/sentDecorations';

/** An editor that counts what is set on it; `version` stands for its document's. */
function fakeEditor() {
  const calls: unknown[][] = [];
  const editor = { document: { version: 1 }, setDecorations: (type: unknown, ranges: unknown[]) => calls.push([type, ranges]) };
  return { editor: editor as unknown as vscode.TextEditor, calls, edit: () => editor.document.version++ };
}

const type = (name: string) => ({ key: name }) as unknown as vscode.TextEditorDecorationType;
const spans = (...pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));
const toRanges = (list: { start: number; end: number }[]) => () => list.map((s) => `${s.start}-${s.end}`) as unknown as vscode.Range[];

describe('SentDecorations', () => {
  const quotes = type('quotes');
  const rows: { name: string; second: (e: ReturnType<typeof fakeEditor>) => [vscode.TextEditorDecorationType, { start: number; end: number }[]]; sent: boolean }[] = [
    { name: 'the same spans at the same version are not sent again', second: () => [quotes, spans([0, 4], [9, 12])], sent: false },
    { name: 'a span moved is sent', second: () => [quotes, spans([0, 4], [9, 13])], sent: true },
    { name: 'a span dropped is sent', second: () => [quotes, spans([0, 4])], sent: true },
    { name: 'the same spans after an edit are sent (VS Code moved its copy)', second: (e) => (e.edit(), [quotes, spans([0, 4], [9, 12])]), sent: true },
    { name: 'another decoration type is sent', second: () => [type('dates'), spans([0, 4], [9, 12])], sent: true },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const fake = fakeEditor();
      const sent = new SentDecorations();
      const first = spans([0, 4], [9, 12]);
      sent.set(fake.editor, quotes, first, toRanges(first));
      const [t, list] = row.second(fake);
      const ranges = sent.set(fake.editor, t, list, toRanges(list));
      assert.equal(fake.calls.length, row.sent ? 2 : 1);
      assert.deepEqual(ranges, toRanges(list)());
    });
  }

  it('sends to a second editor of the same document', () => {
    const [a, b] = [fakeEditor(), fakeEditor()];
    const sent = new SentDecorations();
    const list = spans([0, 4]);
    sent.set(a.editor, quotes, list, toRanges(list));
    sent.set(b.editor, quotes, list, toRanges(list));
    assert.deepEqual([a.calls.length, b.calls.length], [1, 1]);
  });
});
