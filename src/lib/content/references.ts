// Cross-field checks the schema alone cannot make: ids unique within a file,
// track references that resolve, derived dates that have what they derive from.
import type { Regulation } from '../schema.ts';
import { excerpt, excerptList } from './excerpt.ts';
import { formatPath, problemCollector, type ContentProblem, type LineOf, type PathKey } from './problems.ts';

export function checkReferences(file: string, reg: Regulation, lineOf?: LineOf): ContentProblem[] {
  const { problems, report } = problemCollector(file, lineOf);

  const trackIds = new Set((reg.tracks ?? []).map((t) => t.id));
  const checkTrack = (id: string | undefined, path: PathKey[]) => {
    if (id !== undefined && !trackIds.has(id)) {
      report(
        path,
        `unknown track "${excerpt(id)}": expected one of ${trackIds.size ? excerptList([...trackIds], { quoted: true, max: 10 }) : 'the ids under tracks (there are none)'}`,
      );
    }
  };

  const seen = new Map<string, string>();
  const unique = (id: string, path: PathKey[], kind: string) => {
    const key = `${kind}:${id}`;
    if (seen.has(key))
      report(
        path,
        `duplicate ${kind} id "${excerpt(id)}" (first used at ${seen.get(key)}): expected ids unique within the file`,
      );
    else seen.set(key, formatPath(path));
  };

  reg.tiers.forEach((tier, t) => {
    unique(tier.id, ['tiers', t, 'id'], 'tier');
    tier.tracks?.forEach((id, i) => checkTrack(id, ['tiers', t, 'tracks', i]));
    tier.prizes.forEach((p, i) => checkTrack(p.track, ['tiers', t, 'prizes', i, 'track']));
  });
  reg.applicants.forEach((a, i) => {
    a.tracks?.forEach((id, j) => checkTrack(id, ['applicants', i, 'tracks', j]));
    a.conditions.forEach((c, j) => unique(c.id, ['applicants', i, 'conditions', j, 'id'], 'condition'));
  });
  reg.exclusionClauses.forEach((c, i) => unique(c.id, ['exclusionClauses', i, 'id'], 'condition'));
  const tierIds = reg.tiers.map((t) => t.id);
  reg.sanctions.reapplication.forEach((r, i) =>
    r.afterTiers?.forEach((id, j) => {
      if (!tierIds.includes(id))
        report(
          ['sanctions', 'reapplication', i, 'afterTiers', j],
          `unknown tier "${excerpt(id)}": expected one of ${excerptList(tierIds, { quoted: true, max: 10 })}`,
        );
    }),
  );

  const { dates } = reg;
  for (const key of ['adopted', 'issued', 'effective', 'expires'] as const) {
    const fact = dates[key];
    if (fact?.derivedFrom === 'issued' && !dates.issued) {
      report(['dates', key, 'derivedFrom'], 'derived from the issue date, but dates.issued is missing');
    }
    if (fact?.derivedFrom === 'effective-plus-validity' && !(dates.effective && reg.validityYears)) {
      report(
        ['dates', key, 'derivedFrom'],
        'derived from effective date plus validity, but dates.effective or validityYears is missing',
      );
    }
  }
  if (dates.effective && dates.expires && dates.expires.date < dates.effective.date) {
    report(
      ['dates', 'expires', 'date'],
      `expires ${dates.expires.date} before it takes effect ${dates.effective.date}: expected a later date`,
    );
  }
  return problems;
}
