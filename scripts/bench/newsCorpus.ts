import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real news articles of their usual length, read at run time from the dev
 * split in ../shared/eval (never copied into the repository), each given the
 * dateline an article file would have. The project's own bench articles run
 * 0.9–1.9 KB, shorter than most news, so the engine's fixed cost per article
 * weighs more in them; this corpus shows the speed at everyday lengths.
 * Empty when the folder is absent.
 */
export function loadNewsCorpus(root: string): string[] {
  const path = join(root, '..', 'shared', 'eval', 'polnear', 'articles.dev.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => {
    const a = JSON.parse(line) as { publicationDate?: string; title?: string; text: string };
    return `date ${(a.publicationDate ?? '').slice(0, 10)} ${a.title ?? ''}\n\n${a.text}`;
  });
}
