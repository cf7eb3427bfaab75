import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Article {
  readonly path: string;
  readonly text: string;
  readonly bytes: number;
}

/**
 * Folders of articles the project wrote itself, never ../shared/eval:
 * bench/articles holds the articles written to check the engine by hand,
 * so that the corpus spans many genres rather than the few samples.
 */
const SOURCES = ['samples', 'test/fixtures', 'bench/articles'];

function txtFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return []; // a source folder that does not exist yet
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return txtFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

/** Every dated article under the SOURCES folders (recursively), in path order. */
export function loadArticles(root: string): Article[] {
  return SOURCES.flatMap((source) => txtFiles(join(root, source)))
    .map((path) => {
      const text = readFileSync(path, 'utf8');
      return { path: relative(root, path), text, bytes: Buffer.byteLength(text) };
    })
    .filter((a) => /^\uFEFF?\s*date \d{4}-\d{2}-\d{2}/.test(a.text));
}

/**
 * The articles repeated in turn until they reach minBytes, each copy analysed
 * on its own as a user would. 3 articles of 2 KB, 5 MB → about 2,560 texts.
 */
export function buildCorpus(articles: readonly Article[], minBytes: number): string[] {
  const corpus: string[] = [];
  for (let bytes = 0, i = 0; bytes < minBytes; i++) {
    const article = articles[i % articles.length];
    corpus.push(article.text);
    bytes += article.bytes;
  }
  return corpus;
}

/** The article whose size is closest to 2 KB, for the latency figure. */
export function closestTo2Kb(articles: readonly Article[]): Article {
  return articles.reduce((best, a) => (Math.abs(a.bytes - 2048) < Math.abs(best.bytes - 2048) ? a : best));
}
