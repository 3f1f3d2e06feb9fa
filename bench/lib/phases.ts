// The search index step reports where its time goes on one stdout line:
// `search index timings: {"read":123,"records":456}` (milliseconds; the keys are the
// step's own). bench/scale reads it from the step's output; a step that prints none has none.
const LINE = /^search index timings: (\{.*\})\s*$/m;

export type PhaseTimings = Record<string, number>;

/** The last timings line of `output`, or undefined when there is none or it is not an object of numbers. */
export function parsePhaseTimings(output: string): PhaseTimings | undefined {
  const lines = [...output.matchAll(new RegExp(LINE, 'gm'))];
  const json = lines.at(-1)?.[1];
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const entries = Object.entries(value);
    if (!entries.length || !entries.every(([, ms]) => typeof ms === 'number' && Number.isFinite(ms))) return undefined;
    return Object.fromEntries(entries) as PhaseTimings;
  } catch {
    return undefined;
  }
}

/** `read 0.1 s, records 0.5 s` */
export function formatPhases(phases: PhaseTimings): string {
  return Object.entries(phases)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
}
