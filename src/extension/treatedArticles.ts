import type * as vscode from 'vscode';

const KEY = 'policyLens.treatedAsArticle';
/** Enough for any workspace a person reads in; the oldest choices go first. */
const MAX = 500;

/**
 * The files a user chose "Treat File as Article" for, kept in the workspace's
 * state so they open as articles again after a restart. Untitled documents
 * are not kept: they do not outlive the window.
 * `add(notes.txt)` → `has(notes.txt)` is true in the next session too.
 */
export class TreatedArticles {
  constructor(private readonly memento: vscode.Memento) {}

  has(uri: vscode.Uri): boolean {
    return this.keys().includes(uri.toString());
  }

  /** The remembered files as uri strings, oldest first: Export All takes them as articles too. */
  list(): readonly string[] {
    return this.keys();
  }

  add(uri: vscode.Uri): Thenable<void> | undefined {
    if (uri.scheme === 'untitled') return undefined;
    const key = uri.toString();
    return this.memento.update(KEY, [...this.keys().filter((k) => k !== key), key].slice(-MAX));
  }

  remove(uri: vscode.Uri): Thenable<void> | undefined {
    const key = uri.toString();
    const keys = this.keys();
    return keys.includes(key) ? this.memento.update(KEY, keys.filter((k) => k !== key)) : undefined;
  }

  /** The stored list, whatever an older or damaged state holds: only strings count. */
  private keys(): string[] {
    const stored = this.memento.get<unknown>(KEY);
    return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
  }
}
