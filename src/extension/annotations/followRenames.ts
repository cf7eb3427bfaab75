import * as vscode from 'vscode';
import { renamedSidecar } from '../../core/annotations/renamedSidecar';
import { serializeSidecar } from '../../core/annotations/serializeSidecar';
import { articlePathOf } from '../../core/annotations/sidecarPath';
import type { AnnotationBook } from './annotationBook';
import { ANNOTATION_COMMANDS } from './annotationIds';
import { fileName, readSidecar, sidecarUri, writeSidecar } from './sidecarFile';

export interface MovedSidecar {
  readonly from: vscode.Uri;
  readonly to: vscode.Uri;
  /** The new name already had a sidecar, which was left as it was. */
  readonly collided: boolean;
}

const isFile = async (uri: vscode.Uri) => {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
};

/** The names already used in the folder of `uri`, as full paths. */
async function namesBeside(uri: vscode.Uri): Promise<Set<string>> {
  const folder = vscode.Uri.joinPath(uri, '..');
  const entries = await vscode.workspace.fs.readDirectory(folder).then(undefined, () => []);
  return new Set(entries.map(([name]) => vscode.Uri.joinPath(folder, name).path));
}

function tellCollision(m: MovedSidecar, article: vscode.Uri, old: vscode.Uri): void {
  const kept = sidecarUri(article);
  const message = `Policy Lens: ${fileName(article)} already had annotations (${fileName(kept)}), so they stay as they are, and the annotations of ${fileName(old)} were kept beside them as ${fileName(m.to)}. Nothing was overwritten.`;
  void vscode.window.showWarningMessage(message, 'Compare Annotations', 'Open Both').then((choice) => {
    if (choice === 'Compare Annotations') void vscode.commands.executeCommand(ANNOTATION_COMMANDS.compareAnnotations, kept, m.to);
    if (choice === 'Open Both') for (const uri of [kept, m.to]) void vscode.window.showTextDocument(uri, { preview: false });
  });
}

/**
 * Names the renamed article in its moved sidecar, so the file read on its own
 * (or a kept collision copy) says which text it annotates. A damaged or newer
 * sidecar is left as it is.
 */
async function nameArticle(sidecar: vscode.Uri, article: vscode.Uri): Promise<void> {
  const name = fileName(article);
  const read = await readSidecar(sidecar, name);
  if (read.kind !== 'ok' || read.raw === null || read.sidecar.article === name) return;
  await writeSidecar(sidecar, serializeSidecar({ ...read.sidecar, article: name }));
}

/**
 * Moves the sidecars of renamed or moved articles along with them, never onto
 * an existing sidecar, names the new article in it, then reloads the
 * annotations of the article if open.
 * A folder moves with its sidecars inside; a sidecar moved with its article is left alone.
 * moveSidecars(book, [{ oldUri: old.txt, newUri: new.txt }]) → [{ from: old.txt.annotations.json, to: new.txt.annotations.json, collided: false }]
 */
export async function moveSidecars(book: AnnotationBook, files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<MovedSidecar[]> {
  const renamedPaths = new Set(files.map((f) => f.oldUri.toString()));
  const moved: MovedSidecar[] = [];
  for (const { oldUri, newUri } of files) {
    const from = sidecarUri(oldUri);
    if (articlePathOf(oldUri.path) || renamedPaths.has(from.toString()) || !(await isFile(newUri)) || !(await isFile(from))) continue;
    const target = renamedSidecar(oldUri.path, newUri.path, await namesBeside(newUri));
    const to = newUri.with({ path: target.path });
    try {
      // Without overwrite, a file that appeared meanwhile makes the rename fail rather than be replaced.
      await vscode.workspace.fs.rename(from, to, { overwrite: false });
    } catch (error) {
      void vscode.window.showErrorMessage(`Policy Lens: could not move ${fileName(from)} along with ${fileName(newUri)} (${String(error)}); it was left where it is.`);
      continue;
    }
    await nameArticle(to, newUri).catch((error: unknown) =>
      vscode.window.showWarningMessage(`Policy Lens: ${fileName(to)} moved, but still names ${fileName(oldUri)} as its article (${String(error)}).`));
    const m = { from, to, collided: target.collided };
    moved.push(m);
    if (m.collided) tellCollision(m, newUri, oldUri);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === newUri.toString());
    // A load started before the move read no sidecar: let it finish, then read the moved one.
    if (document) await book.load(document).then(() => book.reload(document));
  }
  return moved;
}

export const followRenames = (book: AnnotationBook): vscode.Disposable =>
  vscode.workspace.onDidRenameFiles((e) => void moveSidecars(book, e.files));
