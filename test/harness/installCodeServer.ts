import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER_VERSION } from './paths';

/** Written last, so an install that stopped half way is done again. */
const MARKER = '.policy-lens-install-complete';
const QUIET = ['--no-audit', '--no-fund'];

function npm(cwd: string, args: string[]): void {
  process.stdout.write(`  $ (cd ${cwd} && npm ${args.join(' ')})\n`);
  execFileSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * Installs code-server (VS Code's web build with its server) into `dir` once.
 * It is not a devDependency: its postinstall refuses root and downloads ripgrep,
 * so scripts are skipped and only the native modules it needs are rebuilt.
 */
export function installCodeServer(dir: string): void {
  if (existsSync(join(dir, MARKER))) return;
  const started = Date.now();
  process.stdout.write(`Installing code-server ${CODE_SERVER_VERSION} into ${dir} (once, about a minute)\n`);
  mkdirSync(dir, { recursive: true });
  npm(dir, ['install', '--prefix', dir, '--ignore-scripts', ...QUIET, `code-server@${CODE_SERVER_VERSION}`]);
  npm(dir, ['rebuild', 'argon2']);
  const vscodeDir = join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  npm(vscodeDir, ['install', '--omit=dev', '--ignore-scripts', ...QUIET]);
  npm(vscodeDir, ['rebuild', '@vscode/spdlog', 'native-watchdog']);
  const asar = join(vscodeDir, 'node_modules.asar');
  if (existsSync(asar)) unlinkSync(asar);
  symlinkSync('node_modules', asar);
  npm(join(vscodeDir, 'extensions'), ['install', '--omit=dev', '--ignore-scripts', ...QUIET]);
  writeFileSync(join(dir, MARKER), `code-server ${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
  process.stdout.write(`Installed code-server in ${Math.round((Date.now() - started) / 1000)} s\n`);
}
