// Peak memory of everything this process starts (Linux): a worker thread reads /proc
// every 200 ms and sums the resident memory (VmRSS) of all descendants of this
// process: npm, sh, node, astro, the pagefind binary... It runs in its own thread so
// that it keeps sampling while the main thread waits in spawnSync (as the Starlight
// build does). Also kept: the largest VmHWM (a process's own exact peak, as the
// kernel records it) seen for any one process. A sampled sum can miss a spike
// shorter than the interval; a single process's VmHWM cannot, but a process that
// ends between two samples takes its last rise with it.
import { readdirSync, readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export interface ProcInfo {
  pid: number;
  ppid: number;
  /** Resident set size now, bytes. */
  rss: number;
  /** Highest resident set size of the process so far (VmHWM), bytes. */
  hwm: number;
  name: string;
}

/** pid and parent pid from /proc/<pid>/stat (the name between parentheses may hold spaces and parentheses). */
export function parseStat(stat: string): { pid: number; ppid: number; comm: string } {
  const close = stat.lastIndexOf(')');
  return {
    pid: Number(stat.slice(0, stat.indexOf(' '))),
    ppid: Number(stat.slice(close + 2).split(' ')[1]),
    comm: stat.slice(stat.indexOf('(') + 1, close),
  };
}

/** Memory from /proc/<pid>/status; the name from /proc/<pid>/cmdline (Node calls its main thread "MainThread"). */
export function parseProc(stat: string, status: string, cmdline = ''): ProcInfo {
  const { pid, ppid, comm } = parseStat(stat);
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  const args = cmdline
    .split('\0')
    .filter(Boolean)
    .map((a) => a.split('/').at(-1)!);
  return {
    pid,
    ppid,
    rss: kb('VmRSS'),
    hwm: kb('VmHWM'),
    name: args.length ? args.slice(0, 3).join(' ').slice(0, 40) : comm,
  };
}

const read = (pid: number, file: string) => readFileSync(`/proc/${pid}/${file}`, 'utf8');

/** Every process's parent, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const ppid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = parseStat(read(Number(entry), 'stat'));
      ppid.set(stat.pid, stat.ppid);
    } catch {
      // ended while being read
    }
  }
  return ppid;
}

/** The pids descending from `root` (not root itself). */
export function descendantPids(ppid: Map<number, number>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of ppid) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

const info = (pid: number): ProcInfo | undefined => {
  try {
    return parseProc(read(pid, 'stat'), read(pid, 'status'), read(pid, 'cmdline'));
  } catch {
    return undefined; // ended while being read
  }
};

// Other work that competes for the cores and for node_modules/.astro (a build, tests, a browser).
const COMPETING = /astro|vitest|pagefind|chrom|playwright|esbuild|tsc\b/;

export interface MemoryPeak {
  /** Highest sampled sum of VmRSS over all descendants, bytes. */
  treeRss: number;
  /** Highest VmHWM of any one descendant, bytes, and its name. */
  processHwm: number;
  processName: string;
  samples: number;
  /** Processes outside this tree that looked like builds, tests or browsers, seen meanwhile (checked every second). */
  competing: string[];
}

const EMPTY: MemoryPeak = { treeRss: 0, processHwm: 0, processName: '', samples: 0, competing: [] };

// --- the worker ---
if (!isMainThread && workerData?.memoryWatch) {
  const { root, intervalMs } = workerData as { root: number; intervalMs: number };
  let peak: MemoryPeak = { ...EMPTY };
  let count = 0;
  const sample = () => {
    const ppid = parents();
    const mine = descendantPids(ppid, root);
    const tree = mine.map(info).filter((p) => p !== undefined);
    if (count++ % Math.max(1, Math.round(1000 / intervalMs)) === 0) {
      const own = new Set([root, ...mine]);
      for (const pid of ppid.keys()) {
        if (own.has(pid)) continue;
        const p = info(pid);
        if (p && COMPETING.test(p.name) && !peak.competing.includes(p.name))
          peak.competing = [...peak.competing, p.name];
      }
    }
    const rss = tree.reduce((sum, p) => sum + p.rss, 0);
    const biggest = tree.reduce<ProcInfo | undefined>((a, p) => (!a || p.hwm > a.hwm ? p : a), undefined);
    peak = {
      treeRss: Math.max(peak.treeRss, rss),
      processHwm: Math.max(peak.processHwm, biggest?.hwm ?? 0),
      processName: biggest && biggest.hwm > peak.processHwm ? biggest.name : peak.processName,
      samples: peak.samples + 1,
      competing: peak.competing,
    };
  };
  const timer = setInterval(sample, intervalMs);
  parentPort!.on('message', (message: string) => {
    if (message === 'take') {
      sample();
      parentPort!.postMessage(peak);
      peak = { ...EMPTY, competing: [] };
    } else if (message === 'stop') {
      clearInterval(timer);
      parentPort!.close();
    }
  });
}

/**
 * Starts sampling the descendants of this process. `take()` returns the peak since
 * the last take (or the start) and starts a new one; `stop()` ends the thread.
 */
export function watchMemory(intervalMs = 200): { take: () => Promise<MemoryPeak>; stop: () => Promise<void> } {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { memoryWatch: true, root: process.pid, intervalMs },
  });
  return {
    take: () =>
      new Promise((resolve) => {
        worker.once('message', resolve);
        worker.postMessage('take');
      }),
    stop: async () => {
      worker.postMessage('stop');
      await worker.terminate();
    },
  };
}
