import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFresh } from './sidecarProbe';

describe('The outline of a long article', () => {
  it('lists 2,000 entries at most, the last standing for the paragraphs left out', async () => {
    const paragraphs = Array.from({ length: 2100 }, (_, i) => `Stop ${i + 1} on the east line opens in May.`);
    const text = ['date 2025-09-12 Tram line stops listed', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    const { editor } = await openFresh('outline-test', 'stops.txt', text);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.equal(symbols.length, 2000);
    assert.equal(symbols[0].name, 'Tram line stops listed');
    assert.equal(symbols[1998].name, '¶1998 Stop 1998 on the east line…');
    assert.equal(symbols[1999].name, '¶1999–2100 not listed');
    assert.equal(symbols[1999].range.end.line, editor.document.lineCount - 2, 'the last entry spans the paragraphs to the end');
  });
});
