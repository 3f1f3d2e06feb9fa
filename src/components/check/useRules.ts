// The checker's rules: the index (place rules for most regulations, full rules for the rest), then the full rules of
// the regulations covering the applicant's place as soon as the place is known.
import { useEffect, useState } from 'preact/hooks';
import type { CheckInput } from '../../lib/eligibility/engine.ts';
import { fullRulesNeeded, type IndexedRules, withFullRules } from '../../lib/eligibility/split.ts';
import { fetchJson } from '../../lib/fetch-json.ts';

export interface Rules {
  /** The regulations' rules, once the index is in. */
  entries: IndexedRules[] | null;
  /** Why the rules could not be loaded, in words for the reader. */
  error: string | null;
  /** Regulations whose full rules the place calls for and are still on their way. */
  pending: string[];
}

const loadFailed = (e: Error) => `规则文件载入失败：${e.message}`;

export function useRules(indexUrl: string, base: string, place: unknown): Rules {
  const [entries, setEntries] = useState<IndexedRules[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchJson<{ regulations: IndexedRules[] }>(indexUrl)
      .then((data) => setEntries(data.regulations))
      .catch((e: Error) => setError(loadFailed(e)));
  }, [indexUrl]);

  const pending = entries ? fullRulesNeeded(entries, place) : [];
  useEffect(() => {
    for (const id of pending) {
      fetchJson<CheckInput>(`${base}check/rules/${id}.json`)
        .then((full) => setEntries((prev) => prev?.map((e) => (e.id === full.id ? withFullRules(e, full) : e)) ?? null))
        .catch((e: Error) => setError(loadFailed(e)));
    }
  }, [pending.join(',')]);

  return { entries, error, pending };
}
