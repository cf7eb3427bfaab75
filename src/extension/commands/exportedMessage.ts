/**
 * What a single export says when done, the same words for every format; an
 * export of unsaved text says so, since its offsets and hash are not the file's.
 * exportedMessage('the claims', 'talks.claims.json', 'talks.txt') → 'Policy Lens: exported the claims to talks.claims.json, from the unsaved text of talks.txt: …'
 */
export function exportedMessage(what: string, target: string, unsavedArticle: string | null): string {
  const done = `Policy Lens: exported ${what} to ${target}`;
  if (unsavedArticle === null) return `${done}.`;
  return `${done}, from the unsaved text of ${unsavedArticle}: its offsets, length and hash are those of the editor, not of the file on disk.`;
}
