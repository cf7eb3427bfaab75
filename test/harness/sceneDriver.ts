import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { SCENES_ENV } from './paths';
import { SCENES, type Scene } from './scenes';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(probe: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Sets one scene up through VS Code's own API, so the shot never depends on UI timing. */
async function prepare(scene: Scene): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('notifications.clearAll');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  const uri = vscode.Uri.joinPath(folder.uri, ...scene.file.split('/'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const language = scene.language ?? 'policy-article';
  const current = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
  await until(() => current() === language, `${scene.file} to become ${language}`, 10_000);
  const editor = vscode.window.activeTextEditor;
  if (editor && scene.line !== undefined) {
    const at = new vscode.Position(scene.line, 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  }
  for (const command of scene.commands ?? []) {
    const [id, ...args] = typeof command === 'string' ? [command] : command;
    await vscode.commands.executeCommand(id as string, ...args);
  }
  await sleep(scene.settleMs ?? 1000);
}

/**
 * Called by VS Code as the payload's extensionTestsPath during `npm run screenshots`.
 * For each scene: prepare it, write `<name>.ready` (or `.error`), and wait for the
 * harness to write `<name>.taken` once the PNG is saved.
 */
export async function run(): Promise<void> {
  const dir = process.env[SCENES_ENV];
  if (!dir) throw new Error(`${SCENES_ENV} is not set`);
  // Set from here, once every theme is registered: code-server's web client applies a
  // colorTheme from settings.json before its built-in themes load and falls back.
  await vscode.workspace.getConfiguration().update('workbench.colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
  for (const scene of SCENES) {
    try {
      await prepare(scene);
      writeFileSync(join(dir, `${scene.name}.ready`), '');
    } catch (e) {
      writeFileSync(join(dir, `${scene.name}.error`), e instanceof Error ? e.message : String(e));
    }
    await until(() => existsSync(join(dir, `${scene.name}.taken`)), `the shot of ${scene.name}`, 60_000);
  }
}
