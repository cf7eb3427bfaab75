import { Utf8Page } from './utf8Page';

/** Bytes gathered per write: few system calls, little held. */
const BUFFER = 1 << 18;

export interface Sink {
  write(chunk: string | Uint8Array): Promise<void> | void;
  flush(): Promise<void>;
}

/**
 * Gathers chunks, encoded as they come, into 256 KB writes and waits for
 * 'drain' when the stream is full, so a slow reader (`| less`) holds back the
 * analysis instead of letting output pile up in memory.
 * `sink.write('{'); sink.write('}'); await sink.flush()` → the stream receives "{}".
 */
export function stdoutSink(stream: NodeJS.WritableStream): Sink {
  // a fresh page after each write: an asynchronous stream keeps the bytes it was given
  const page = new Utf8Page(BUFFER, false);
  const send = async (bytes: Uint8Array) => {
    if (!stream.write(bytes)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  };
  const flush = async () => {
    if (page.length > 0) await send(page.take());
  };
  return {
    write(chunk) {
      if (page.add(chunk)) return undefined;
      // every stream.write happens before this returns, so writes keep their order even when not awaited
      const sent: Promise<void>[] = [];
      page.push(chunk, (bytes) => sent.push(send(bytes)));
      return Promise.all(sent).then(() => undefined);
    },
    flush,
  };
}
