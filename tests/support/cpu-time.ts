// Time spent by this process on the CPU, in milliseconds: the cost of the code itself. On a shared machine other
// processes stretch the wall clock (a 30 ms check took 200 ms while builds ran beside it) but not this; each test
// file runs in a process of its own, so other tests do not count either.
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Runs once: its value, and the CPU time it took. */
export function timedOnCpu<T>(run: () => T): { value: T; ms: number } {
  const start = cpuNow();
  const value = run();
  return { value, ms: cpuNow() - start };
}

/** The least CPU time of a few runs: a collection of garbage inside one run says nothing of the code. */
export function fastestOnCpu(run: () => unknown, runs = 3): number {
  return Math.min(...Array.from({ length: runs }, () => timedOnCpu(run).ms));
}
