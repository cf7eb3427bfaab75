/** Error codes a user meets when reading inputs or writing --out, in words. */
const PHRASES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'already exists',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
  // Node's limits on one string and one buffer: the article is read whole, so these cap its size
  ERR_STRING_TOO_LONG: 'too large to analyse (the limit is about 500 MB of text)',
  ERR_FS_FILE_TOO_LARGE: 'too large to analyse (the limit is about 500 MB of text)',
};

/**
 * A file-system error as a short phrase rather than Node's "EEXIST: file
 * already exists, mkdir …" with a stack: the message already names the file.
 * `describe(Object.assign(new Error('x'), { code: 'EROFS' }))` → 'read-only file system'
 */
export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const phrase = code === undefined ? undefined : PHRASES[code];
  if (phrase !== undefined) return phrase;
  return error instanceof Error ? error.message : String(error);
}
