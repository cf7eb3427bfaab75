import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = join(__dirname, '..', '..');

/** Loads the grammar the way VS Code does: vscode-textmate over the Oniguruma WASM build. */
async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => {
      const path = join(root, 'syntaxes/policy-article.tmLanguage.json');
      return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const grammar = await registry.loadGrammar('text.policy-article');
  assert.ok(grammar, 'grammar did not load');
  return grammar;
}

/** The scopes of every UTF-16 unit of the text, joined by spaces; line breaks get none. */
function scopesPerChar(grammar: textmate.IGrammar, text: string): string[] {
  let stack = textmate.INITIAL;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) {
      for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) out.push(t.scopes.join(' '));
    }
    out.push('');
    stack = r.ruleStack;
  }
  return out;
}

describe('policy-article grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  // Each row: a piece of the text and a scope it must (has) or must not (not) carry.
  const rows = [
    { text: 'date 2024-03-05 Ministers agree tariff pause', piece: 'date', has: 'keyword.control.dateline' },
    { text: 'date 2024-03-05 Ministers agree tariff pause', piece: '2024-03-05', has: 'constant.numeric.date.dateline' },
    { text: 'date 2024-03-05 Ministers agree tariff pause', piece: 'Ministers agree tariff pause', has: 'markup.heading.headline' },
    { text: '  date 2024-03-05 Leading space', piece: 'Leading space', has: 'markup.heading.headline' },
    { text: 'Body first\ndate 2024-03-05 Not a dateline', piece: 'date', not: 'keyword.control.dateline' },
    { text: 'Date 2024-03-05 Capitalised', piece: 'Date', not: 'keyword.control.dateline' },
    { text: 'date 2024-03-05 X\ndate again on line two', piece: 'date again on line two', not: 'meta.dateline' },
    { text: '"It is urgent," she said.', piece: '"It is urgent,"', has: 'string.quoted.double.policy-article' },
    { text: '\u201CWe will act,\u201D he said.', piece: '\u201CWe will act,\u201D', has: 'string.quoted.double.curly' },
    { text: 'He said "no" and "yes" twice.', piece: ' and ', not: 'string.quoted' },
    { text: 'A stray " mark stays plain here.', piece: ' mark stays plain here.', not: 'string.quoted' },
    { text: '\u201CUnclosed curly quote runs on', piece: 'Unclosed curly quote runs on', not: 'string.quoted' },
    { text: "Her 'single quotes' are not speech.", piece: 'single quotes', not: 'string.quoted' },
    { text: 'Exports grew 12% to $4.5 billion.', piece: '12%', has: 'constant.numeric' },
    { text: 'Exports grew 12% to $4.5 billion.', piece: '$4.5', has: 'constant.numeric' },
    { text: 'About 1,250,000 people, on March 14-15.', piece: '1,250,000', has: 'constant.numeric' },
    { text: 'About 1,250,000 people, on March 14-15.', piece: '14-15', has: 'constant.numeric' },
    { text: '"Costs rose 8%," she said.', piece: '8%', has: 'constant.numeric' },
    { text: 'The G7 bought F-35 jets.', piece: 'G7', not: 'constant.numeric' },
    { text: 'The G7 bought F-35 jets.', piece: 'F-35', not: 'constant.numeric' },
    { text: 'The deal, signed 2023-11-02, holds.', piece: '2023-11-02', has: 'constant.numeric.date.iso' },
    { text: 'Order ref 2023-11-02-7 is not a date.', piece: '2023-11-02-7', not: 'constant.numeric.date.iso' },
  ];
  for (const row of rows) {
    const verb = row.has ? `is ${row.has}` : `is not ${row.not}`;
    it(`${JSON.stringify(row.piece)} in ${JSON.stringify(row.text)} ${verb}`, () => {
      const at = row.text.indexOf(row.piece);
      assert.ok(at >= 0, 'the piece must occur in the text');
      const scopes = scopesPerChar(grammar, row.text).slice(at, at + row.piece.length);
      if (row.has) {
        assert.ok(scopes.every((s) => s.includes(row.has)), `scopes: ${scopes.join(' | ')}`);
      } else {
        assert.ok(scopes.every((s) => !s.includes(row.not as string)), `scopes: ${scopes.join(' | ')}`);
      }
    });
  }
});
