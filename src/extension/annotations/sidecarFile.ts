import * as vscode from 'vscode';
import { SIDECAR_FORMAT, SIDECAR_VERSION } from '../../core/annotations/model';
import { parseSidecar } from '../../core/annotations/parseSidecar';
import { serializeSidecar } from '../../core/annotations/serializeSidecar';
import type { ParsedSidecar } from '../../core/annotations/parseSidecar';
import { sidecarPath } from '../../core/annotations/sidecarPath';
import { writeAtomic } from '../commands/writeAtomic';
import type { ArticleState } from './articleState';

export type SidecarRead = ParsedSidecar & { readonly raw: string | null };

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
    bytes = await vscode.workspace.fs.readFile(uri);
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

/** True when the sidecar on disk is still what was last read or written: writing loses no one's work. */
export async function diskMatches(state: ArticleState): Promise<boolean> {
  return (await readSidecar(state.sidecar, fileName(state.article))).raw === state.known;
}

/** Writes an article's annotations and remembers the text, so the watcher skips our own write. */
export async function writeState(state: ArticleState, article: vscode.Uri): Promise<void> {
  const text = serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: fileName(article), annotations: state.annotations });
  await writeSidecar(state.sidecar, text);
  state.known = text;
  state.stale = false;
}
