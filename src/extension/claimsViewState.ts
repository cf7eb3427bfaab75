import type { Analysis } from '../core/model';

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
  /** True while an editor of any group shows the document. */
  readonly isVisible: (document: D) => boolean;
  /** True while a tab of any group holds the document, shown or not. */
  readonly hasTab: (document: D) => boolean;
}

/**
 * The document the Claims and Review views should show: the active editor's
 * when it is an article; else the one shown so far while an editor group still
 * shows it (focus moved to the notes beside it), or, while a panel has focus,
 * while a tab still holds it; otherwise none, so closing an article's last
 * editor clears the views.
 * `{ active: notes.txt (plain text), current: talks.txt, talks.txt visible beside it }` → talks.txt
 */
export function followTarget<D>({ active, panel, current, isOpenArticle, isVisible, hasTab }: FollowInput<D>): D | undefined {
  if (active !== undefined && isOpenArticle(active)) return active;
  if (current === undefined || !isOpenArticle(current)) return undefined;
  return isVisible(current) || (panel && hasTab(current)) ? current : undefined;
}

/** Why an analysis is empty because the file was never analysed (binary text, a failed analysis), else undefined. */
export function notAnalysedReason(analysis: Pick<Analysis, 'warnings'> | undefined): string | undefined {
  return analysis?.warnings.find((w) => w.code === 'not-text' || w.code === 'analysis-failed')?.message;
}

/**
 * The view's description and message. While the shown article's analysis is
 * pending the message says so, so an empty list never reads as "no claims";
 * nor does a file that was not analysed, whose message says why.
 * `claimsHeader('talks.txt', true, '')` → `{ description: 'talks.txt', message: 'Analysing talks.txt…' }`
 */
export function claimsHeader(name: string | undefined, analysing: boolean, filter: string, notAnalysed?: string): { description?: string; message?: string } {
  if (name === undefined) return {};
  if (analysing) return { description: name, message: `Analysing ${name}…` };
  if (notAnalysed) return { description: name, message: `Not analysed: ${notAnalysed}` };
  return { description: name, message: filter ? `Filtered by “${filter}”` : undefined };
}
