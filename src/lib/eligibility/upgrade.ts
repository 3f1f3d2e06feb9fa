// Answers of an older shape, made readable by today's checker: saved answers,
// share links and the batch checker's JSON all pass through here first. What
// the old shape said is carried over as far as it goes and no further: an old
// accident was a date alone, so it becomes an item with that date and its kind
// and grade unknown (a half answer, which the engine leaves unknown). What
// cannot be carried (loss years without amounts) is dropped and named, so the
// page can ask for it again.
import type { SanctionEvent } from '../codebook.ts';
import { FACTS, type FactId } from '../facts.ts';
import { isObject } from '../objects.ts';

/** What an old sanction's cause (how a regulation coded its ban) says happened. */
const EVENT_OF_CAUSE: Record<string, SanctionEvent> = {
  'false-materials': 'fraud-found-at-application',
  fraud: 'award-revoked-for-fraud',
  'post-award-incident': 'award-revoked-for-incident',
};

/** An old answer that could not be carried over, and the fact to answer instead. */
export interface Dropped {
  old: string;
  refill: FactId;
}

export interface Upgraded {
  answers: Record<string, unknown>;
  dropped: Dropped[];
}

const given = (v: unknown): v is string => typeof v === 'string' && v !== '';
/** An old list item that was a date: {date}, or {} for 有 with no date yet. */
const dated = (v: unknown): Record<string, unknown> => (given(v) ? { date: v } : {});

const EVENT_FACTS = (Object.keys(FACTS) as FactId[]).filter((id) => FACTS[id].type === 'events');

/** Answers in today's shape; answers already in it come back as they were. Anything but an object reads as none. */
export function upgradeAnswers(input: unknown): Upgraded {
  if (!isObject(input)) return { answers: {}, dropped: [] };
  const { lossYears, earlierApplicationFraud, qualityWorkSince, ...rest } = input;
  const answers: Record<string, unknown> = { ...rest };
  const dropped: Dropped[] = [];

  // Lists of dates → lists of dated items, attributes unknown.
  for (const id of EVENT_FACTS) {
    const v = answers[id];
    if (Array.isArray(v)) answers[id] = v.map((x) => (typeof x === 'string' || x === null ? dated(x) : x));
  }

  if (Array.isArray(answers.sanctions))
    answers.sanctions = answers.sanctions.map((s) => {
      if (!isObject(s) || !('cause' in s)) return s;
      const { cause, ...item } = s;
      const event = typeof cause === 'string' ? EVENT_OF_CAUSE[cause] : undefined;
      return event ? { ...item, event } : item;
    });

  // Fraud found at an earlier application: the old answer did not say in which scheme, so the regulation is left out.
  // Without an old sanctions answer the list would look answered while revocations were never asked: ask again.
  if (Array.isArray(earlierApplicationFraud) && earlierApplicationFraud.length) {
    if (Array.isArray(answers.sanctions)) {
      const found = earlierApplicationFraud.map((d) => ({ ...dated(d), event: 'fraud-found-at-application' }));
      answers.sanctions = [...answers.sanctions, ...found];
    } else dropped.push({ old: 'earlierApplicationFraud', refill: 'sanctions' });
  }

  // One start date in the one place asked: a period from then, still going on.
  if (given(qualityWorkSince) && answers.workHistory === undefined)
    answers.workHistory = [
      { ...(given(answers.jurisdiction) && { place: answers.jurisdiction }), from: qualityWorkSince },
    ];

  // Loss years carry no amounts, and the texts now need them (sums, policy-induced losses).
  if (lossYears !== undefined) dropped.push({ old: 'lossYears', refill: 'annualResults' });

  return { answers, dropped };
}
