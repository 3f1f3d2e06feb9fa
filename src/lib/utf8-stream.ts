// Large build files (the whole comparison as CSV, the whole atlas as JSON) as a stream of UTF-8 bytes, a part at a
// time: the parts are made while the file is written, so the text of the whole file is never held as one string.

/** The parts, each encoded as it is asked for, as a Response body. */
export function utf8Stream(parts: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      iterator.return?.();
    },
  });
}
