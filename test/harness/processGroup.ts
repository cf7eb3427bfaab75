import type { ChildProcess } from 'node:child_process';

const cleanups = new Set<() => Promise<void>>();

/**
 * Stops a child started with `detached: true` together with everything it spawned
 * (code-server forks its extension host and watchers): TERM the group, then KILL.
 */
export async function killGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child.pid, 'SIGKILL'); // the leader may be gone while its group lives on
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, 'SIGTERM');
  const timer = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
  await Promise.race([exited, timer]);
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group has already gone.
  }
}

/** Runs `cleanup` on Ctrl-C or SIGTERM too, so an interrupted run leaves no server behind. */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    void Promise.allSettled([...cleanups].map((c) => c())).then(() => process.exit(130));
  });
}
