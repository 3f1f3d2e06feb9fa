// The stream that writes large build files: its bytes are the UTF-8 of the parts joined, and parts are made only as
// the reader asks for them (so the whole text is never held at once).
import { describe, expect, it } from 'vitest';
import { utf8Stream } from '../../src/lib/utf8-stream.ts';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('utf8Stream', () => {
  it('is the UTF-8 of the parts joined, characters of any width and empty parts included', async () => {
    const parts = ['\ufeffsection,row\r\n', '', '区长质量奖,50万元\r\n', '𠀀 emoji 😀', '"quoted",x'];
    expect(await readAll(utf8Stream(parts))).toEqual(new TextEncoder().encode(parts.join('')));
    expect(await readAll(utf8Stream([]))).toEqual(new Uint8Array());
  });

  it('makes a part only when the reader asks for one, and stops making them when the reader cancels', async () => {
    let made = 0;
    let finished = false;
    function* parts() {
      try {
        for (let i = 0; i < 1000; i++) {
          made++;
          yield `第${i}条\n`;
        }
      } finally {
        finished = true;
      }
    }
    const reader = utf8Stream(parts()).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('第0条\n');
    expect(made).toBeLessThan(5);
    await reader.cancel();
    expect(finished).toBe(true);
    expect(made).toBeLessThan(5);
  });
});
