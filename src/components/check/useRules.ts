// The checker's rules: the index (place rules for most regulations, full rules for the rest), then the full rules of
// the regulations covering the applicant's place as soon as the place is known. Files already fetched are kept for
// the visit, so the wizard mounted again (for another applicant of the workspace) has its rules at once.
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

/** The rules files fetched in this visit, by address. */
const fetched = new Map<string, unknown>();
async function load<T>(url: string): Promise<T> {
  if (fetched.has(url)) return fetched.get(url) as T;
  const value = await fetchJson<T>(url);
  fetched.set(url, value);
  return value;
}
const fullRulesUrl = (base: string, id: string) => `${base}check/rules/${id}.json`;

/** The index as fetched before, with the full rules fetched before in place. */
function alreadyFetched(indexUrl: string, base: string): IndexedRules[] | null {
  const index = fetched.get(indexUrl) as { regulations: IndexedRules[] } | undefined;
  if (!index) return null;
  return index.regulations.map((e) => {
    const full = fetched.get(fullRulesUrl(base, e.id)) as CheckInput | undefined;
    return full ? withFullRules(e, full) : e;
  });
}

export function useRules(indexUrl: string, base: string, place: unknown): Rules {
  const [entries, setEntries] = useState<IndexedRules[] | null>(() => alreadyFetched(indexUrl, base));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (entries) return;
    load<{ regulations: IndexedRules[] }>(indexUrl)
      .then((data) => setEntries(data.regulations))
      .catch((e: Error) => setError(loadFailed(e)));
  }, [indexUrl]);

  const pending = entries ? fullRulesNeeded(entries, place) : [];
  useEffect(() => {
    for (const id of pending) {
      load<CheckInput>(fullRulesUrl(base, id))
        .then((full) => setEntries((prev) => prev?.map((e) => (e.id === full.id ? withFullRules(e, full) : e)) ?? null))
        .catch((e: Error) => setError(loadFailed(e)));
    }
  }, [pending.join(',')]);

  return { entries, error, pending };
}
