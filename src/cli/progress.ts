export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** Called as each file starts. */
  tick(path: string): void;
  /** Prints a message on its own line, keeping the progress line below it. */
  note(message: string): void;
  done(): void;
}

/** Below this many files a run is quick enough that a progress line is only noise. */
const MIN_FILES = 20;
const INTERVAL_MS = 100;
const CLEAR = '\r\x1b[K';

/**
 * One self-overwriting status line on stderr, only when stderr is a terminal
 * (never in logs or pipes), redrawn at most every 100 ms.
 * `createProgress(500, tty).tick('news/a.txt')` → "\r\x1b[K[  1/500]   0% news/a.txt".
 */
export function createProgress(total: number, stream: ProgressStream, now: () => number = Date.now): Progress {
  const shown = total >= MIN_FILES && stream.isTTY === true;
  let count = 0;
  let drawnAt = -Infinity;
  let line = '';
  const draw = () => {
    stream.write(CLEAR + line);
    drawnAt = now();
  };
  return {
    tick(path) {
      count++;
      if (!shown || now() - drawnAt < INTERVAL_MS) return;
      const width = String(total).length;
      const percent = String(Math.floor(((count - 1) * 100) / total)).padStart(3);
      const head = `[${String(count).padStart(width)}/${total}] ${percent}% `;
      const room = Math.max(10, (stream.columns || 80) - head.length - 1);
      line = head + (path.length > room ? '…' + path.slice(path.length - room + 1) : path);
      draw();
    },
    note(message) {
      if (shown && line) stream.write(CLEAR);
      stream.write(message.endsWith('\n') ? message : message + '\n');
      if (shown && line) draw();
    },
    done() {
      if (shown && line) stream.write(CLEAR);
      line = '';
    },
  };
}
