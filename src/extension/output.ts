import * as vscode from 'vscode';

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  show(): void;
  /** The last lines logged, newest last (for the benchmark and bug reports). */
  recent(): readonly string[];
}

const KEEP = 200;

/** The "Policy Lens" output channel: what the extension did and how long it took. */
export function createLog(context: vscode.ExtensionContext): Log {
  const channel = vscode.window.createOutputChannel('Policy Lens', { log: true });
  context.subscriptions.push(channel);
  const lines: string[] = [];
  const keep = (level: string, message: string) => {
    lines.push(`${level} ${message}`);
    if (lines.length > KEEP) lines.shift();
  };
  return {
    info: (m) => (keep('info', m), channel.info(m)),
    warn: (m) => (keep('warn', m), channel.warn(m)),
    error: (m) => (keep('error', m), channel.error(m)),
    show: () => channel.show(true),
    recent: () => [...lines],
  };
}

/** Milliseconds since `t0` with one decimal: "3.2 ms". */
export const since = (t0: number) => `${(performance.now() - t0).toFixed(1)} ms`;

/** Runs `work` and logs its duration when it took long enough to notice (over 20 ms). */
export function timed<T>(log: Log, what: string, work: () => T): T {
  const t0 = performance.now();
  const result = work();
  if (performance.now() - t0 > 20) log.info(`${what} took ${since(t0)}`);
  return result;
}
