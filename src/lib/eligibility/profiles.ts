// Applicant profiles: whole applicants, each made to probe one distinction a
// text draws (the grade that just excludes, a loss sum on either side of zero,
// the N-year mark), with the verdict per regulation and tier reasoned from the
// article and the reason written beside it. Unlike the rule cases, which sit
// beside one regulation's coding, a profile is checked against every
// regulation by the engine and by the batch checker, so it is an independent
// check of how the content files code the articles.
import { z } from 'zod';
import { parse } from 'yaml';
import { day, parseYamlWith, rawAnswers } from './cases.ts';

/** The outcomes that come with a verdict per tier sought. */
const TIERED = ['eligible', 'ruled-out', 'cannot-tell'] as const;
const UNTIERED = ['not-admitted', 'not-offered', 'out-of-area'] as const;

const expectation = z
  .strictObject({
    outcome: z.enum([...TIERED, ...UNTIERED]),
    /** The outcome of every tier sought that is open to the applicant (tier id → outcome): exactly these. */
    tiers: z.record(z.string(), z.enum(TIERED)).optional(),
    /** The first day only time no longer stands in the way, where the article fixes it. */
    eligibleFrom: day.optional(),
    /** The article's words, and why they give this verdict. */
    why: z.string().min(1),
  })
  .refine((e) => (TIERED as readonly string[]).includes(e.outcome) === (e.tiers !== undefined), {
    message: 'eligible, ruled-out and cannot-tell name the verdict of every tier sought; the others name none',
  });

export const profileSchema = z.strictObject({
  name: z.string().min(1),
  /** The one distinction the profile sits on, with the article that draws it. */
  probes: z.string().min(1),
  checkDate: day,
  /** A shared set of answers laid under this profile's (tests/profiles/bases/<name>.yaml). */
  base: z.string().min(1).optional(),
  answers: rawAnswers.default({}),
  /** Answers of the base to leave out: questions this applicant did not answer. */
  omit: z.array(z.string()).default([]),
  /** Verdicts by regulation id; regulations not named are not compared. */
  expect: z.record(z.string(), expectation).refine((e) => Object.keys(e).length > 0, 'expected at least one verdict'),
});

export const profileFileSchema = z.strictObject({ profiles: z.array(profileSchema).min(1) });

export type Profile = z.infer<typeof profileSchema>;
export type ProfileExpectation = Profile['expect'][string];

/** The profiles of a file, or an error naming the file and each field that is wrong. */
export const parseProfileFile = (file: string, text: string): Profile[] =>
  parseYamlWith(profileFileSchema, file, text).profiles;

/** A base's answers, or an error naming the file. */
export function parseProfileBase(file: string, text: string): Record<string, unknown> {
  const result = rawAnswers.safeParse(parse(text));
  if (!result.success) throw new Error(`${file}: expected a map of answers`);
  return result.data;
}

/** The answers a profile stands for: its base, its own answers over it, minus what it omits, with its check day. */
export function profileAnswers(p: Profile, bases: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const base = p.base === undefined ? {} : bases[p.base];
  if (!base) throw new Error(`profile "${p.name}": unknown base "${p.base}"`);
  const merged: Record<string, unknown> = { ...base, ...p.answers, checkDate: p.checkDate };
  for (const key of p.omit) delete merged[key];
  return merged;
}
