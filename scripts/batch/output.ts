// Standard output with backpressure: each write waits for 'drain' when the pipe is
// full, so a long report is never held whole in memory nor cut short; a reader
// that goes away (`| head`) ends the writing quietly instead of with EPIPE.
import { once } from 'node:events';

export interface Output {
  write(text: string): Promise<void>;
  /** Whether the reader went away: nothing more need be made. */
  readonly closed: boolean;
}

export function stdoutOutput(stream: NodeJS.WriteStream = process.stdout): Output {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return {
    get closed() {
      return closed;
    },
    async write(text: string) {
      if (closed) return;
      if (stream.write(text)) return;
      // Whichever comes first ends the wait; the other's listeners are removed, not left to pile up on the stream.
      const done = new AbortController();
      try {
        await Promise.race([once(stream, 'drain', done), once(stream, 'close', done)]);
      } catch (e) {
        if (!closed) throw e; // once() rejects on the EPIPE the listener above records
      } finally {
        done.abort();
      }
    },
  };
}
