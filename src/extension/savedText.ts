import * as vscode from 'vscode';
import { fileBytes } from './fileBytes';

/** Encodings decoded here: `workspace.decode` is a round trip to the window, which after opening a 5 MB article answers only once it has painted it (seconds). */
const UTF8 = new Set(['utf8', 'utf8bom']);

/** The article as saved on disk, decoded as the editor decodes it; null when it cannot be read. */
export async function savedText(document: vscode.TextDocument): Promise<string | null> {
  try {
    const bytes = await fileBytes(document.uri);
    // Decoding as the editor does: invalid bytes become U+FFFD, and a byte order mark is dropped (the editor's text never holds it).
    const text = UTF8.has(document.encoding) ? new TextDecoder('utf-8').decode(bytes) : await vscode.workspace.decode(bytes, { encoding: document.encoding });
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}

/**
 * True when the editor holds exactly the saved file, read now: `isDirty` lags
 * behind a save (still true just after it) and behind the first edit of a
 * clean file (still false during it), the file on disk does not.
 * `lineBreaks: 'any'` also counts a file whose mixed line breaks the editor
 * evened out on opening as the same (offsets then differ: not for exports).
 */
export async function matchesSaved(document: vscode.TextDocument, lineBreaks: 'exact' | 'any' = 'exact'): Promise<boolean> {
  const text = document.getText();
  const version = document.version;
  const saved = await savedText(document);
  if (saved === null || document.version !== version) return false;
  if (saved === text) return true;
  if (lineBreaks === 'exact') return false;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  return saved.replace(/\r\n|\r|\n/g, eol) === text;
}
