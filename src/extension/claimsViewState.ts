/** What the Claims view knows of the editors, without vscode types, so its choice can be tested. */
export interface FollowInput<D> {
  /** The active editor's document, if any. */
  readonly active: D | undefined;
  /** Nothing or a panel (the Output) has focus: the last article may stay in view. */
  readonly panel: boolean;
  /** The document the view shows now. */
  readonly current: D | undefined;
  /** True for an open document in the article language (false once closed or switched to plain text). */
  readonly isOpenArticle: (document: D) => boolean;
}

/**
 * The document the Claims view should show: the active editor's when it is an
 * article; while a panel has focus, the last one as long as it is still an open
 * article; otherwise none.
 * `{ active: notes.txt (plain text), panel: false, current: talks.txt }` → undefined
 */
export function followTarget<D>({ active, panel, current, isOpenArticle }: FollowInput<D>): D | undefined {
  if (panel) return current !== undefined && isOpenArticle(current) ? current : undefined;
  return active !== undefined && isOpenArticle(active) ? active : undefined;
}

/**
 * The view's description and message. While the shown article's analysis is
 * pending the message says so, so an empty list never reads as "no claims".
 * `claimsHeader('talks.txt', true, '')` → `{ description: 'talks.txt', message: 'Analysing talks.txt…' }`
 */
export function claimsHeader(name: string | undefined, analysing: boolean, filter: string): { description?: string; message?: string } {
  if (name === undefined) return {};
  if (analysing) return { description: name, message: `Analysing ${name}…` };
  return { description: name, message: filter ? `Filtered by “${filter}”` : undefined };
}
