import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze } from '../src/core';
import { sameTexts } from './same/texts';

/*
 * npm run same -- save | check: for speed work that must not change results.
 * `save` hashes every field of analyze() on the project's articles and the
 * eval dev texts (about 5,800) into out/same-baseline.json, outside git;
 * `check` compares and names the fields and texts that differ. Exit 1 on a
 * difference, 2 on bad arguments or a missing baseline.
 */
const FIELDS = ['article', 'paragraphs', 'sentences', 'entities', 'quotes', 'figures', 'dates', 'claims', 'warnings'] as const;
const root = resolve(__dirname, '..');
const baselinePath = resolve(root, 'out', 'same-baseline.json');
const hash = (value: unknown) => createHash('sha1').update(JSON.stringify(value) ?? 'undefined').digest('hex').slice(0, 16);

function hashes(): Record<string, Record<string, string>> {
  const evalDir = resolve(process.env.POLICY_LENS_EVAL_DIR ?? resolve(root, '..', 'shared', 'eval'));
  const out: Record<string, Record<string, string>> = {};
  for (const t of sameTexts(root, evalDir)) {
    const a = analyze(t.text, t.referenceDate ? { referenceDate: t.referenceDate } : {});
    out[t.id] = Object.fromEntries(FIELDS.map((f) => [f, hash(a[f])]));
  }
  return out;
}

function main(mode: string | undefined): number {
  if (mode === 'save') {
    const now = hashes();
    mkdirSync(dirname(baselinePath), { recursive: true });
    writeFileSync(baselinePath, JSON.stringify(now));
    process.stdout.write(`saved ${Object.keys(now).length} texts to ${baselinePath}\n`);
    return 0;
  }
  if (mode !== 'check') {
    process.stderr.write('usage: npm run same -- save | check\n');
    return 2;
  }
  if (!existsSync(baselinePath)) {
    process.stderr.write(`No baseline at ${baselinePath}: run "npm run same -- save" on the commit to compare with.\n`);
    return 2;
  }
  const base = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, Record<string, string>>;
  const differ = new Map<string, string[]>();
  for (const [id, fields] of Object.entries(hashes())) {
    for (const f of FIELDS) if (base[id]?.[f] !== fields[f]) differ.set(f, [...(differ.get(f) ?? []), id]);
  }
  for (const [field, ids] of differ) process.stdout.write(`${field}: ${ids.length} texts differ, e.g. ${ids.slice(0, 5).join(', ')}\n`);
  if (differ.size === 0) process.stdout.write('same: every field of every text matches the baseline\n');
  return differ.size === 0 ? 0 : 1;
}

process.exitCode = main(process.argv[2]);
