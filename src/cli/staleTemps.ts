import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The temporary name writeFileAtomic gives a file it writes: `.policy-lens-<pid>-<n>.tmp`. */
const TEMP = /^\.policy-lens-(\d+)-\d+\.tmp$/;
/** A writer rewrites its temporary file without pause; one untouched this long belongs to no running write. */
const STALE_MS = 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: someone else's process, alive
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed run left in `dir` (a run stopped with
 * Ctrl+C mid-write leaves its half-written temporary file behind): those of a
 * process that no longer runs, or of this one's pid (a container's next run
 * often gets the same), untouched for a minute, so a write still going on in
 * another run or container is never taken. Errors are ignored: this is tidying.
 * `removeStaleTemps('out', now)` with out/.policy-lens-999999-0.tmp an hour old and no process 999999 → removes it
 */
export function removeStaleTemps(dir: string, now: number = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP.exec(name)?.[1];
    if (pid === undefined || (Number(pid) !== process.pid && alive(Number(pid)))) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs >= STALE_MS) rmSync(path, { force: true });
    } catch {
      // gone already, or not ours to remove
    }
  }
}
