import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model';
import { extensionApi, workspaceFile } from './extensionApi';
import { waitFor } from './waitFor';
import type { AnnotationsApi } from '../../src/extension/annotations/registerAnnotations';
import type { EditorApi } from '../../src/extension/registerEditor';

/** The two APIs the sidecar tests drive. */
export interface Apis {
  readonly editor: EditorApi;
  readonly annotations: AnnotationsApi;
}

/** A sidecar entry, as far as the tests read it. */
export interface SidecarEntry {
  readonly status: string;
  readonly itemId: string | null;
  readonly selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }];
}

export const encode = (s: string) => new TextEncoder().encode(s);
export const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
export const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.json` });
/** The sidecar's annotations as written on disk. */
export const entries = async (uri: vscode.Uri): Promise<SidecarEntry[]> => JSON.parse(await read(sidecarOf(uri))).annotations;
export const run = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(`policyLens.${command}`, ...args);

/** For each entry, whether its offsets and context are those of `text`: the sidecar describes that text. */
export function fits(text: string, list: readonly SidecarEntry[]): boolean[] {
  return list.map(({ selector: [q, p] }) =>
    text.slice(p.start, p.end) === q.exact && text.slice(Math.max(0, p.start - q.prefix.length), p.start) === q.prefix && text.slice(p.end, p.end + q.suffix.length) === q.suffix);
}

/** True when there are entries and every one fits `text`. */
export const allFit = (text: string, list: readonly SidecarEntry[]) => list.length > 0 && fits(text, list).every(Boolean);

/** Polls an asynchronous probe, for the writes the extension makes after an event (waitFor polls a synchronous one). */
export async function until(probe: () => PromiseLike<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Writes `text` as a fresh article at `folder/name` in the workspace, opens it, and waits for its reviewed analysis. */
export async function openFresh(folder: string, name: string, text: string): Promise<{ editor: vscode.TextEditor; api: Apis; analysis: Analysis }> {
  const api = (await extensionApi()) as unknown as Apis;
  const uri = workspaceFile(`${folder}/${name}`);
  await vscode.workspace.fs.writeFile(uri, encode(text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const editor = await waitFor(
    () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString() && e.document.languageId === 'policy-article'),
    'the article to open as policy-article',
  );
  await api.annotations.book.load(editor.document);
  return { editor, api, analysis: await api.editor.store.get(editor.document) };
}
