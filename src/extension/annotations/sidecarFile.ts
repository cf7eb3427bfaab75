import * as vscode from 'vscode';
import { SIDECAR_FORMAT, SIDECAR_VERSION, type Annotation } from '../../core/annotations/model';
import { parseSidecar } from '../../core/annotations/parseSidecar';
import { serializeSidecar } from '../../core/annotations/serializeSidecar';
import type { ParsedSidecar } from '../../core/annotations/parseSidecar';
import { savedSelectors } from '../../core/annotations/savedSelectors';
import { sidecarPath } from '../../core/annotations/sidecarPath';
import { writeAtomic } from '../commands/writeAtomic';
import type { ArticleState } from './articleState';
import { savedText } from '../savedText';
import { fileBytes } from '../fileBytes';

export type SidecarRead = ParsedSidecar & { readonly raw: string | null };

/** The annotations with the itemIds of the items they match in the saved text. */
export type ItemIdsOf = (saved: string, annotations: readonly Annotation[]) => Promise<Annotation[]>;

/** The sidecar of an article: `talks.txt` → `talks.txt.annotations.json` beside it. */
export const sidecarUri = (article: vscode.Uri): vscode.Uri => article.with({ path: sidecarPath(article.path) });

export const fileName = (uri: vscode.Uri): string => uri.path.split('/').pop() ?? uri.path;

/**
 * Reads and parses a sidecar; a missing one reads as empty with `raw` null.
 * Never throws: an unreadable file is reported as corrupt, so it is never overwritten.
 */
export async function readSidecar(uri: vscode.Uri, article: string): Promise<SidecarRead> {
  let bytes: Uint8Array;
  try {
    bytes = await fileBytes(uri);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT') return { ...parseSidecar('', article), raw: null };
    return { kind: 'corrupt', message: `Cannot read it: ${String(error)}`, raw: null };
  }
  const raw = new TextDecoder('utf-8').decode(bytes);
  return { ...parseSidecar(raw, article), raw };
}

/** Writes a sidecar atomically: readers see the old or the new file, never half, never none. */
export function writeSidecar(uri: vscode.Uri, text: string): Promise<void> {
  return writeAtomic(uri, text);
}

/** The sidecar open in an editor with unsaved changes: writing it on disk would set up a save conflict that loses one side. */
export const dirtySidecar = (state: ArticleState): vscode.TextDocument | undefined =>
  vscode.workspace.textDocuments.find((d) => d.isDirty && d.uri.toString() === state.sidecar.toString());

/** True when the sidecar on disk is still what was last read or written: writing loses no one's work. */
export async function diskMatches(state: ArticleState): Promise<boolean> {
  return (await readSidecar(state.sidecar, fileName(state.article))).raw === state.known;
}

/**
 * Writes an article's annotations with selectors for the article as saved,
 * whatever the editor holds (savedSelectors): after a revert, a rename or a
 * close without saving, the sidecar still fits the file beside it. The
 * saved file is read each time, as `isDirty` lags behind some of these.
 * `itemIdsOf` gives the stored itemIds, those of the saved text
 * (storedItemIds). Remembers the text, so the watcher skips our own write.
 * `closed`: the document was closed, and no longer says whether it was dirty.
 */
export async function writeState(state: ArticleState, document: vscode.TextDocument, closed = false, itemIdsOf?: ItemIdsOf): Promise<void> {
  const current = document.getText();
  const disk = await savedText(document);
  // Closed, and the file is gone (renamed or deleted): nothing to convert to; the sidecar stays as last written.
  if (closed && disk === null) return;
  const saved = disk ?? current;
  // Typed over in this editor: stored detached, so no copy of its words elsewhere takes it later (see Annotation.detached).
  const marked = state.annotations.map((a) => (state.retyped.has(a.id) ? { ...a, detached: true } : a));
  const placed = savedSelectors(marked, state.orphanIds, current, saved);
  const onDisk = itemIdsOf ? await itemIdsOf(saved, placed).catch(() => placed) : placed;
  const text = serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: fileName(document.uri), annotations: onDisk });
  // Written while unsaved: the positions change again when the article is saved or reverted.
  state.stale = !closed && (disk === null ? document.isDirty : disk !== current);
  if (text === state.known) return;
  try {
    await writeSidecar(state.sidecar, text);
  } catch (error) {
    state.stale = true;
    throw error;
  }
  state.known = text;
}
