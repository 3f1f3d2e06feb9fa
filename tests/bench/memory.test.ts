// The scale benchmark's memory sampler: /proc parsing, and a peak that sees a child
// process holding 200 MB (and nothing while no child runs).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseProc, parseStat, watchMemory } from '../../bench/lib/memory.ts';

describe('memory sampler', () => {
  it('reads pid, parent, memory and a name from /proc files', () => {
    const stat = '4242 (weird ) name) S 17 4242 4242 0 -1 4194560 1 0 0 0';
    expect(parseStat(stat)).toEqual({ pid: 4242, ppid: 17, comm: 'weird ) name' });
    const status = 'Name:\tMainThread\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
    expect(parseProc(stat, status, '/usr/bin/node\0/x/node_modules/astro/bin/astro.mjs\0build\0')).toEqual({
      pid: 4242,
      ppid: 17,
      rss: 102400 * 1024,
      hwm: 204800 * 1024,
      name: 'node astro.mjs build',
    });
    expect(parseProc(stat, status).name).toBe('weird ) name');
  });

  it.runIf(process.platform === 'linux')('sees a child holding 200 MB, and nothing once it has ended', async () => {
    const memory = watchMemory(100);
    try {
      await memory.take();
      const code = 'const b = Buffer.alloc(200e6, 1); setTimeout(() => console.log(b.length), 1500)';
      await new Promise((resolve) => spawn(process.execPath, ['-e', code], { stdio: 'ignore' }).on('close', resolve));
      const peak = await memory.take();
      expect(peak.treeRss).toBeGreaterThan(200e6);
      expect(peak.treeRss).toBeLessThan(400e6);
      expect(peak.processHwm).toBeGreaterThan(200e6);
      expect(peak.processName).toMatch(/node/);
      const idle = await memory.take();
      expect(idle.treeRss).toBe(0);
    } finally {
      await memory.stop();
    }
  });
});
