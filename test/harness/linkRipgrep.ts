import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Where VS Code's search looks for ripgrep (`@vscode/ripgrep`'s rgPath), inside a code-server install. */
export function ripgrepPath(codeServerDir: string): string {
  return join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
}

/** The `rg` on PATH, Debian's `ripgrep` package for one; null when there is none. */
function systemRipgrep(): string | null {
  try {
    const found = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return found || null;
  } catch {
    return null;
  }
}

/**
 * Gives code-server a ripgrep, which Search and Quick Open need. Its own is a
 * download from GitHub that the install skips (scripts off), so the one on
 * PATH is linked in its place. Returns a line for the user when there is none
 * to link, else null.
 */
export function linkRipgrep(codeServerDir: string): string | null {
  const target = ripgrepPath(codeServerDir);
  if (existsSync(target)) return null;
  const rg = systemRipgrep();
  if (!rg) return 'Search and Quick Open in this VS Code need ripgrep on PATH (Debian: apt-get install ripgrep); the rest works without it.';
  mkdirSync(join(target, '..'), { recursive: true });
  symlinkSync(rg, target);
  return null;
}
