const BUFFER = 1 << 16;

export interface Sink {
  write(chunk: string): Promise<void> | void;
  flush(): Promise<void>;
}

/**
 * Gathers small chunks into 64 KB writes and waits for 'drain' when the stream
 * is full, so a slow reader (`| less`) holds back the analysis instead of
 * letting output pile up in memory.
 * `sink.write('{'); sink.write('}'); await sink.flush()` → the stream receives "{}".
 */
export function stdoutSink(stream: NodeJS.WritableStream): Sink {
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  };
  return {
    write(chunk) {
      pending += chunk;
      return pending.length >= BUFFER ? flush() : undefined;
    },
    flush,
  };
}
