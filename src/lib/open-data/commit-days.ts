// The day each content file last changed, from git: what the feed gives as an
// entry's updated. One `git log` for the whole folder (thousands of files would
// take seconds one by one); outside a git checkout, or for files git does not
// track, there is no day and the caller falls back to the build day.
import { execFileSync } from 'node:child_process';

/** File name (relative to dir) → YYYY-MM-DD of the last commit that touched it; empty when git cannot say. */
export function lastCommitDays(dir: string): Map<string, string> {
  const days = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync(
      'git',
      ['-c', 'core.quotepath=off', 'log', '--format=%x00%cs', '--name-only', '--relative', '--', '.'],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } catch {
    return days;
  }
  // Newest commit first: a file's first mention is its last change.
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').filter(Boolean);
    for (const f of files) if (date && !days.has(f)) days.set(f, date);
  }
  return days;
}
