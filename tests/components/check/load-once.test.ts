// The checker's parts loaded on demand: one import however many ask at once, the module kept once in, and a
// failed import forgotten so that the next ask tries again.
import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../src/components/check/load-once.ts';

describe('loadOnce', () => {
  it('imports once for every caller, and keeps the module', async () => {
    let imports = 0;
    const part = loadOnce(async () => ({ n: ++imports }));
    expect(part.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toBe(b);
    expect(await part.load()).toBe(a);
    expect(part.loaded()).toBe(a);
    expect(imports).toBe(1);
  });

  it('tries again after a failed import, and says why it failed', async () => {
    let imports = 0;
    const part = loadOnce(async () => {
      imports++;
      if (imports === 1) throw new Error('network down');
      return { ok: true };
    });
    await expect(part.load()).rejects.toThrow('network down');
    expect(part.loaded()).toBeUndefined();
    await expect(part.load()).resolves.toEqual({ ok: true });
    expect(imports).toBe(2);
  });
});
