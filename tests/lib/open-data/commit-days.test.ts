// The day each content file last changed, read from git; nothing outside a git checkout.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDays } from '../../../src/lib/open-data/commit-days.ts';

function commitAt(repo: string, day: string, files: Record<string, string>) {
  for (const [f, text] of Object.entries(files)) writeFileSync(join(repo, f), text);
  const env = { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'ignore' });
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-m', day);
}

describe('last commit days', () => {
  it('gives each file the day of the last commit that changed it', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-git-'));
    execFileSync('git', ['init', '-q'], { cwd: root });
    const dir = join(root, 'content');
    mkdirSync(dir);
    commitAt(dir, '2024-01-02', { 'a.yaml': '1', 'b.yaml': '1' });
    commitAt(dir, '2025-03-04', { 'a.yaml': '2' });
    commitAt(root, '2025-05-06', { 'elsewhere.txt': '1' });
    expect(Object.fromEntries(lastCommitDays(dir))).toEqual({ 'a.yaml': '2025-03-04', 'b.yaml': '2024-01-02' });
  });

  it('gives nothing outside a git checkout', () => {
    expect(lastCommitDays(mkdtempSync(join(tmpdir(), 'atlas-nogit-'))).size).toBe(0);
  });
});
