import { SIDECAR_SUFFIX, sidecarPath } from './sidecarPath';

export interface RenamedSidecar {
  /** Where the sidecar goes. */
  readonly path: string;
  /** True when the new name already had a sidecar: it stays, and the moved one takes a name of its own. */
  readonly collided: boolean;
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Where an article's sidecar goes when the article is renamed or moved: beside
 * the new name; if that name already has a sidecar, both are kept, the moved
 * one as `<new>.from-<old name>.annotations.json` (numbered if that is taken
 * too), a name Compare Annotations… lists beside the article.
 * renamedSidecar('a/old.txt', 'b/new.txt', new Set(['b/new.txt.annotations.json'])) → { path: 'b/new.txt.from-old.txt.annotations.json', collided: true }
 */
export function renamedSidecar(oldArticle: string, newArticle: string, taken: ReadonlySet<string>): RenamedSidecar {
  const plain = sidecarPath(newArticle);
  if (!taken.has(plain)) return { path: plain, collided: false };
  const stem = `${newArticle}.from-${baseName(oldArticle)}`;
  let path = stem + SIDECAR_SUFFIX;
  for (let n = 2; taken.has(path); n++) path = `${stem}-${n}${SIDECAR_SUFFIX}`;
  return { path, collided: true };
}
