// Rule cases: per regulation, answers and the verdict they must give, kept as
// data beside the rules (content/cases/<regulation>.yaml), as OpenFisca keeps
// tests beside its parameters. The engine test runs them all.
import { z } from 'zod';
import { parse } from 'yaml';
import { APPLICANT_TYPES } from '../codebook.ts';
import { isValidPartialDate } from '../dates.ts';
import type { Answers } from './answers.ts';

/** A day written YYYY-MM-DD, for files of answers and expected verdicts. */
export const day = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValidPartialDate(s), 'expected a date as YYYY-MM-DD');
/** Answers as a file gives them: validated later, as the wizard validates them. */
export const rawAnswers = z.record(z.string(), z.unknown());

export const ruleCaseSchema = z.strictObject({
  name: z.string().min(1),
  applicantType: z.enum(APPLICANT_TYPES),
  checkDate: day,
  /** Answers laid over the base answers for the applicant type. */
  answers: rawAnswers.default({}),
  /** Base answers to leave out, to test "cannot tell". */
  omit: z.array(z.string()).default([]),
  expect: z.strictObject({
    outcome: z.enum([
      'eligible',
      'ruled-out',
      'cannot-tell',
      'not-admitted',
      'not-offered',
      'out-of-area',
      'superseded',
    ]),
    /** The outcome per tier (tier id → outcome, or not-sought: not among the tiers checked); only those named are compared. */
    tiers: z.record(z.string(), z.enum(['eligible', 'ruled-out', 'cannot-tell', 'not-sought'])).optional(),
    /** Ids of failed conditions, clauses, bans (ban-<cause>) or re-application rules (reapplication-<scope>; see rule-ids.ts); exactly these. */
    failed: z.array(z.string()).default([]),
    /** Ids of conditions left open by a missing answer; exactly these. */
    unknown: z.array(z.string()).optional(),
    /** The day only time no longer stands in the way; null when time alone does not help. */
    eligibleFrom: day.nullable().optional(),
    /** Ids of limits that do not rule the regulation out. */
    limits: z.array(z.string()).optional(),
  }),
});

export const caseFileSchema = z.strictObject({
  regulation: z.string().min(1),
  /** Answers that pass every hard condition, per applicant type. */
  base: z.strictObject({ organization: rawAnswers.optional(), individual: rawAnswers.optional() }),
  cases: z.array(ruleCaseSchema).min(1),
});

export type RuleCase = z.infer<typeof ruleCaseSchema>;
export type CaseFile = z.infer<typeof caseFileSchema>;

/** A YAML file read with a schema, or an error naming the file and each field that is wrong. */
export function parseYamlWith<T extends z.ZodType>(schema: T, file: string, text: string): z.infer<T> {
  const result = schema.safeParse(parse(text));
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return result.data;
}

export const parseCaseFile = (file: string, text: string): CaseFile => parseYamlWith(caseFileSchema, file, text);

/** The answers a case stands for: the base for its type, the case's own answers over it, minus what it omits. */
export function caseAnswers(file: CaseFile, c: RuleCase): Record<string, unknown> {
  const merged: Record<string, unknown> = {
    ...(file.base[c.applicantType] ?? {}),
    ...c.answers,
    applicantType: c.applicantType,
    checkDate: c.checkDate,
  };
  for (const key of c.omit) delete merged[key];
  return merged satisfies Partial<Answers> | Record<string, unknown>;
}
