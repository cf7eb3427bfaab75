/**
 * Which open documents are articles now. VS Code reports a language switch as
 * a close and an open of the same document, so an open event alone cannot tell
 * "turned into an article" or "turned back to plain text" from a first open:
 * comparing with what was recorded can.
 * `update('a.txt', false)` → false (nothing changed); `update('a.txt', true)` → true; `update('a.txt', false)` → true.
 */
export class ArticleKeys {
  private readonly keys = new Set<string>();

  /** Records whether the document is an article now; true when that differs from before. */
  update(key: string, isArticle: boolean): boolean {
    if (this.keys.has(key) === isArticle) return false;
    if (isArticle) this.keys.add(key);
    else this.keys.delete(key);
    return true;
  }

  /** Forgets a document that was really closed, so opening it again starts afresh. */
  delete(key: string): void {
    this.keys.delete(key);
  }
}
