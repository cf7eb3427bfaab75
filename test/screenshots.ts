import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openVsCode, type VsCodeSession } from './harness/openVsCode';
import { REPO, SCENE_DRIVER, SCENES_ENV } from './harness/paths';
import { SCENES } from './harness/scenes';
import { copyWorkspace, tempDir } from './harness/workspace';

const OUT = join(REPO, 'media', 'screenshots');

async function signal(dir: string, name: string, timeoutMs = 90_000): Promise<'ready' | string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(join(dir, `${name}.ready`))) return 'ready';
    if (existsSync(join(dir, `${name}.error`))) return readFileSync(join(dir, `${name}.error`), 'utf8');
    if (Date.now() > deadline) return 'timed out';
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Takes the screenshots of harness/scenes.ts in the real VS Code UI: code-server on a
 * copy of samples/, the scene driver inside VS Code sets each scene up, and Chromium
 * saves media/screenshots/<name>.png. Exits non-zero if any scene failed.
 */
async function main(): Promise<number> {
  const tmp = tempDir('policy-lens-shots-');
  const workspace = copyWorkspace(join(REPO, 'samples'), tmp.path);
  const signals = join(tmp.path, 'signals');
  mkdirSync(signals);
  mkdirSync(OUT, { recursive: true });
  let session: VsCodeSession | undefined;
  let failures = 0;
  try {
    session = await openVsCode({ tmp: tmp.path, workspace, env: { [SCENES_ENV]: signals }, testsEntry: SCENE_DRIVER });
    for (const scene of SCENES) {
      const state = await signal(signals, scene.name);
      if (state === 'ready') {
        await scene.beforeShot?.(session.browser.page);
        await session.browser.page.screenshot({ path: join(OUT, `${scene.name}.png`) });
        process.stdout.write(`  ✔ ${scene.name}: media/screenshots/${scene.name}.png\n`);
      } else {
        failures++;
        process.stdout.write(`  ✘ ${scene.name}: ${state}\n`);
        await session.saveEvidence(`screenshot-${scene.name}`);
      }
      writeFileSync(join(signals, `${scene.name}.taken`), '');
    }
  } catch (e) {
    failures++;
    process.stdout.write(`Screenshots failed: ${e instanceof Error ? e.message : String(e)}\n`);
  } finally {
    await session?.close();
    tmp.remove();
  }
  return failures ? 1 : 0;
}

void main().then((code) => process.exit(code));
