import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled sentence of a check-worthiness dataset; `group` is the debate for CLEF. */
export interface ClaimCase {
  readonly id: string;
  readonly sentence: string;
  readonly label: 0 | 1;
  readonly group: string;
}

export const CLAIM_DATASETS = {
  claimbuster: 'claimbuster/claims.dev.jsonl',
  clef2019: 'clef2019-checkthat-task1/claims.dev.jsonl',
} as const;

/**
 * Reads a claims JSONL file at run time. The debate is the `debate` field, or
 * the part of the id before "#" ("20160209_msnbc_dem#12" → "20160209_msnbc_dem").
 */
export function readClaimCases(evalDir: string, file: string): ClaimCase[] {
  const path = join(evalDir, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line) as { id: string; sentence: string; label: number; debate?: string };
      const group = row.debate ?? (row.id.includes('#') ? row.id.slice(0, row.id.lastIndexOf('#')) : 'all');
      return { id: row.id, sentence: row.sentence, label: row.label ? 1 : 0, group };
    });
}
