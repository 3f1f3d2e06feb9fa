// Applicant profiles (tests/profiles/): whole applicants, each probing one
// distinction of the texts at its boundary, with the verdict per regulation and
// tier reasoned from the article. The engine must give those verdicts, and the
// batch checker (`npm run check -- <file> --json`) and the wizard the engine's, for every profile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Answers, parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { answerContext, checkAll, type RegulationVerdict } from '../../../src/lib/eligibility/engine.ts';
import {
  type Profile,
  type ProfileExpectation,
  parseProfileBase,
  parseProfileFile,
  profileAnswers,
} from '../../../src/lib/eligibility/profiles.ts';
import { upgradeAnswers } from '../../../src/lib/eligibility/upgrade.ts';
import type { FormState } from '../../../src/lib/eligibility/wizard.ts';
import { wizardView } from '../../../src/lib/eligibility/wizard-view.ts';
import { ROOT } from '../../support/paths.ts';
import { realEntries } from '../../support/regulations.ts';

const DIR = join(ROOT, 'tests/profiles');
const entries = realEntries();

const bases = Object.fromEntries(
  readdirSync(join(DIR, 'bases'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [
      f.replace(/\.yaml$/, ''),
      parseProfileBase(`bases/${f}`, readFileSync(join(DIR, 'bases', f), 'utf8')),
    ]),
);

interface Loaded {
  file: string;
  profile: Profile;
  raw: Record<string, unknown>;
}
const profiles: Loaded[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((file) =>
    parseProfileFile(file, readFileSync(join(DIR, file), 'utf8')).map((profile) => ({
      file,
      profile,
      raw: profileAnswers(profile, bases),
    })),
  );

/** The answers, validated as the wizard and the batch checker validate them; each problem names file and field. */
function validated({ file, profile, raw }: Loaded): Answers {
  const { answers, problems } = parseAnswers(raw, answerContext(entries, profile.checkDate));
  expect(problems.map((p) => `${file}: "${profile.name}": ${p.field}: ${p.message}`)).toEqual([]);
  return answers!;
}

/** A verdict in a profile's terms: its outcome, the outcome of each tier sought, and (where expected) the day. */
function inTermsOf(expected: ProfileExpectation, v: RegulationVerdict | undefined) {
  return {
    outcome: v?.outcome,
    ...(expected.tiers && { tiers: Object.fromEntries((v?.tiers ?? []).map((t) => [t.id, t.outcome])) }),
    ...(expected.eligibleFrom && { eligibleFrom: v?.eligibleFrom }),
  };
}
const expectedTerms = ({ why: _, ...terms }: ProfileExpectation) => terms;

describe.each(profiles.map((p) => [`${p.file}: ${p.profile.name}`, p] as const))('%s', (_, loaded) => {
  it('gives the verdict the article gives', () => {
    const answers = validated(loaded);
    const verdicts = checkAll(entries, answers, loaded.profile.checkDate);
    for (const [id, expected] of Object.entries(loaded.profile.expect)) {
      const v = verdicts.find((x) => x.id === id);
      expect(v, `${loaded.file}: "${loaded.profile.name}" names an unknown regulation ${id}`).toBeDefined();
      expect(inTermsOf(expected, v), `${id}: ${expected.why}`).toEqual(expectedTerms(expected));
    }
  });
});

describe('the profiles as a set', () => {
  const verdicts = profiles.flatMap((p) => Object.values(p.profile.expect));
  it('are at least 30, of organizations and of individuals, with at least a fifth of the verdicts not excluding', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(30);
    const types = new Set(profiles.map((p) => p.raw.applicantType));
    expect([...types].sort()).toEqual(['individual', 'organization']);
    const eligible = verdicts.filter((v) => v.outcome === 'eligible').length;
    expect(eligible * 5).toBeGreaterThanOrEqual(verdicts.length);
  });

  it('name only regulations and tiers the site has', () => {
    for (const p of profiles)
      for (const [id, e] of Object.entries(p.profile.expect)) {
        const entry = entries.find((x) => x.id === id);
        expect(entry, `${p.file}: "${p.profile.name}": unknown regulation ${id}`).toBeDefined();
        const tierIds = entry!.regulation.tiers.map((t) => t.id);
        for (const t of Object.keys(e.tiers ?? {})) expect(tierIds, `${p.file}: "${p.profile.name}"`).toContain(t);
      }
    // More than one regulation is probed; a regulation added later needs no profile edited here.
    const probed = new Set(profiles.flatMap((p) => Object.keys(p.profile.expect)));
    expect(probed.size).toBeGreaterThan(1);
  });
});

describe('npm run check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-profiles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the engine’s verdicts for every profile', { timeout: 120_000 }, () => {
    const file = join(dir, 'profiles.json');
    writeFileSync(file, JSON.stringify(profiles.map((p) => ({ name: p.profile.name, ...p.raw }))));
    // Answers are validated as of the build day: the latest check day, so no profile's events lie after it.
    const asOf = profiles
      .map((p) => p.profile.checkDate)
      .sort()
      .at(-1);
    const run = spawnSync('npm', ['run', '--silent', 'check', '--', file, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      // Every verdict in full, with its findings: several megabytes for all the profiles.
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ATLAS_AS_OF: asOf },
    });
    expect(run.status, run.stderr).toBe(0);
    type Written = RegulationVerdict & { outOfPlace?: true };
    const results: { name: string; checkDate: string; verdicts: Written[] }[] = JSON.parse(run.stdout);
    expect(results.map((r) => r.name)).toEqual(profiles.map((p) => p.profile.name));
    // --json folds the regulations of other places to their outcome (src/lib/batch/compact.ts).
    let folded = new Set<string>();
    const terms = (vs: RegulationVerdict[]) =>
      vs.map((v) =>
        folded.has(v.id)
          ? { id: v.id, outcome: v.outcome }
          : {
              id: v.id,
              outcome: v.outcome,
              eligibleFrom: v.eligibleFrom,
              tiers: v.tiers.map((t) => ({ id: t.id, outcome: t.outcome, eligibleFrom: t.eligibleFrom })),
              failures: v.failures.map((f) => f.id),
              unknowns: v.unknowns.map((f) => f.id),
            },
      );
    let wizardCompared = 0;
    profiles.forEach((p, i) => {
      const engine = checkAll(entries, validated(p), p.profile.checkDate);
      folded = new Set((results[i]?.verdicts ?? []).filter((v) => v.outOfPlace).map((v) => v.id));
      expect(results[i]?.checkDate, p.profile.name).toBe(p.profile.checkDate);
      expect(terms(results[i]?.verdicts ?? []), `${p.file}: "${p.profile.name}"`).toEqual(terms(engine));
      // The wizard, given the same answers (as a saved or shared state), shows the same verdicts. It asks the award
      // sought only where the regulations in scope set up tiers of more than one kind; elsewhere no one can give one.
      const state = upgradeAnswers(p.raw).answers as FormState;
      const wizard = wizardView(entries, state, answerContext(entries, p.profile.checkDate));
      const sought = (f: FormState) => (f.soughtTier === 'any' ? undefined : f.soughtTier);
      if (sought(wizard.asked) !== sought(state)) return;
      expect(wizard.problems, p.profile.name).toEqual([]);
      expect(terms(wizard.verdicts), `wizard: ${p.file}: "${p.profile.name}"`).toEqual(
        terms(results[i]?.verdicts ?? []),
      );
      wizardCompared++;
    });
    expect(wizardCompared).toBeGreaterThan(profiles.length * 0.9);
  });
});
