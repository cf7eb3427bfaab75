export const SIDECAR_SUFFIX = '.annotations.json';

/**
 * Where an article's annotations live: beside it, its full name plus a suffix,
 * so the two sort together and the article's own extension stays visible.
 * sidecarPath('news/talks.txt') → 'news/talks.txt.annotations.json'
 */
export const sidecarPath = (articlePath: string): string => articlePath + SIDECAR_SUFFIX;

/** The article a sidecar belongs to, or null for any other file. */
export const articlePathOf = (path: string): string | null =>
  path.endsWith(SIDECAR_SUFFIX) && path.length > SIDECAR_SUFFIX.length ? path.slice(0, -SIDECAR_SUFFIX.length) : null;
