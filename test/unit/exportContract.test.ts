import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import schema from '../../schema/article-analysis.schema.json';

const ROOT = join(__dirname, '..', '..');
const DOC = readFileSync(join(ROOT, 'docs', 'export-contract.md'), 'utf8');

type Node = { properties?: Record<string, unknown>; items?: Node; $defs?: Record<string, Node> };

/** The fields each section of the contract page lists: every `name` in a table row's first cell, by section title. */
function documented(markdown: string): Map<string, Set<string>> {
  const sections = new Map<string, Set<string>>();
  let fields: Set<string> | null = null;
  for (const line of markdown.split('\n')) {
    const title = /^### `(\w+)`\s*$/.exec(line);
    if (title) sections.set(title[1], (fields = new Set()));
    else if (/^#{1,3} /.test(line)) fields = null;
    const cell = fields && /^\| ([^|]+) \|/.exec(line);
    if (fields && cell) for (const m of cell[1].matchAll(/`(\w+)`/g)) fields.add(m[1]);
  }
  return sections;
}

/** Each object of the schema that declares fields, by the name its section carries. */
function objects(s: Node): Map<string, string[]> {
  const own = (n: Node | undefined) => Object.keys(n?.properties ?? {});
  const props = (s.properties ?? {}) as Record<string, Node | undefined>;
  const found = new Map<string, string[]>([['document', own(s)]]);
  for (const name of ['generator', 'source', 'article']) if (props[name]) found.set(name, own(props[name]));
  // a paragraph's and a sentence's start and end come from the range they are
  for (const [name, list] of [['paragraph', 'paragraphs'], ['sentence', 'sentences']]) if (props[list]?.items) found.set(name, [...own(props[list]?.items), 'start', 'end']);
  for (const [name, def] of Object.entries(s.$defs ?? {})) {
    if (own(def).length === 0) continue;
    // a range's fields are a span's
    const section = name === 'range' ? 'span' : name;
    found.set(section, [...new Set([...(found.get(section) ?? []), ...own(def)])]);
  }
  return found;
}

/** What the page fails to say about the schema, one line each; empty when every field has its row. */
function undocumented(s: Node, markdown: string): string[] {
  const rows = documented(markdown);
  const missing: string[] = [];
  for (const [section, fields] of objects(s)) {
    const listed = rows.get(section);
    if (!listed) missing.push(`no section ${section}`);
    else for (const f of fields) if (!listed.has(f)) missing.push(`${section}.${f}`);
  }
  return missing;
}

/** Every source file below dir. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const literals = (dir: string, key: string) =>
  new Set(sources(join(ROOT, dir)).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(new RegExp(`\\b${key}: '([a-z-]+)'`, 'g'))].map((m) => m[1])));
/** The backticked values listed after a lead such as "Warning `code` values:". */
const listedAfter = (lead: string) => {
  const at = DOC.indexOf(lead);
  return at < 0 ? new Set<string>() : new Set([...DOC.slice(at, DOC.indexOf('\n\n', at)).matchAll(/`([a-z-]+)`/g)].map((m) => m[1]));
};

describe('export contract: docs/export-contract.md describes every field of the schema', () => {
  const rows: { name: string; schema: Node; markdown: string; missing: string[] }[] = [
    { name: 'the shipped schema and page', schema: schema as Node, markdown: DOC, missing: [] },
    {
      name: 'a field with no row',
      schema: { properties: { a: {} }, $defs: { quote: { properties: { id: {}, kind: {} } } } },
      markdown: '### `document`\n| `a` | x |\n### `quote`\n| `id` | x |\n',
      missing: ['quote.kind'],
    },
    {
      name: 'an object with no section',
      schema: { properties: { a: {} }, $defs: { figure: { properties: { id: {} } } } },
      markdown: '### `document`\n| `a` | x |\n',
      missing: ['no section figure'],
    },
    {
      name: 'a field named only in prose, not in a row',
      schema: { properties: { a: {}, b: {} } },
      markdown: '### `document`\n| `a` | like `b` |\nThe `b` field.\n',
      missing: ['document.b'],
    },
    {
      name: 'a name under another section does not count',
      schema: { properties: { a: {} }, $defs: { date: { properties: { id: {}, value: {} } } } },
      markdown: '### `document`\n| `a` | x |\n| `value` | x |\n### `date`\n| `id` | x |\n',
      missing: ['date.value'],
    },
  ];
  for (const row of rows) {
    it(`finds what is missing: ${row.name}`, () => {
      assert.deepEqual(undocumented(row.schema, row.markdown), row.missing);
    });
  }
});

describe('export contract: every value the engine writes is listed', () => {
  it('lists every warning code the engine and the editor write into an analysis', () => {
    // the editor's own two, written through emptyAnalysis; its Problems codes are diagnostics, never exported
    const codes = new Set([...literals('src/core', 'code'), 'not-text', 'analysis-failed']);
    const listed = listedAfter('Warning `code` values:');
    assert.deepEqual([...codes].filter((c) => !listed.has(c)).sort(), []);
  });

  it('lists every speaker method the extractors and hand annotations write', () => {
    const methods = new Set([...literals('src/core/extractors', 'method'), 'manual']);
    const listed = listedAfter('Speaker `method` values:');
    assert.deepEqual([...methods].filter((m) => !listed.has(m)).sort(), []);
  });

  // each row's text makes the engine write the code; the page must name it
  const warnings: { code: string; text: string; options?: { referenceDate: string } }[] = [
    { code: 'no-dateline', text: 'The council met on Tuesday.' },
    { code: 'invalid-date', text: 'date 2024-02-30 Leap\nThe council met.' },
    { code: 'invalid-reference-date', text: 'The council met on Tuesday.', options: { referenceDate: '2024-13-01' } },
    { code: 'unclosed-quote', text: 'date 2024-03-01 Vote\n\n"We will win, the mayor said.\n\nThe vote is today.' },
  ];
  for (const row of warnings) {
    it(`names the warning ${row.code}, which the engine writes`, () => {
      assert.ok(analyze(row.text, row.options).warnings.some((w) => w.code === row.code));
      assert.ok(listedAfter('Warning `code` values:').has(row.code));
    });
  }
  it('writes no warning for a clean dated article (negative)', () => {
    assert.deepEqual(analyze('date 2024-03-01 Vote\n\n"We will win," the mayor said.\n').warnings, []);
  });
});
