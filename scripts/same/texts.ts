import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One text to analyse, and the reference date its source gives it. */
export interface SameText {
  readonly id: string;
  readonly text: string;
  readonly referenceDate?: string;
}

function jsonl(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

function txtFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? txtFiles(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []))
    .sort();
}

const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : undefined);
const str = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The project's own articles, then the eval dev texts of every task, read at
 * run time from evalDir (never copied). ClaimBuster is capped at 3,000
 * sentences: the rest add time, not coverage.
 */
export function sameTexts(root: string, evalDir: string): SameText[] {
  const own = [...txtFiles(join(root, 'samples')), ...txtFiles(join(root, 'test', 'fixtures')), ...txtFiles(join(root, 'bench', 'articles'))].map((path) => ({
    id: `repo:${path.slice(root.length + 1)}`,
    text: readFileSync(path, 'utf8'),
  }));
  const rt = join(evalDir, 'recognizers-text');
  const recognizers = (existsSync(rt) ? readdirSync(rt).filter((f) => f.endsWith('.jsonl')).sort() : []).flatMap((f) =>
    jsonl(join(rt, f)).map((r) => ({ id: `rt:${f}:${str(r.id)}`, text: str(r.text), referenceDate: day(r.referenceDate) })),
  );
  return [
    ...own,
    ...jsonl(join(evalDir, 'polnear', 'articles.dev.jsonl')).map((r) => ({ id: `polnear:${str(r.id)}`, text: str(r.text), referenceDate: day(r.publicationDate) })),
    ...jsonl(join(evalDir, 'tbaq-timebank-aquaint', 'docs.dev.jsonl')).map((r) => ({ id: `tbaq:${str(r.id)}`, text: str(r.text), referenceDate: day(r.referenceDate) })),
    ...recognizers,
    ...jsonl(join(evalDir, 'quantulum3', 'quantities.dev.jsonl')).map((r) => ({ id: `q3:${str(r.id)}`, text: str(r.text) })),
    ...jsonl(join(evalDir, 'claimbuster', 'claims.dev.jsonl')).slice(0, 3000).map((r) => ({ id: `cb:${str(r.id)}`, text: str(r.sentence) })),
  ];
}
