// Synthetic applicants for the batch checker's benchmark and tests: varied answers
// made from the facts registry (every fact asked of the applicant's type, by its
// type and attributes) and the places and regulations of the content, from a
// seeded generator, so a run is repeatable. Some answers are left out (unknown),
// some items half told; every answer is valid on `today`. Written as JSON answer
// objects or as CSV rows in answer-row.ts's cell syntax.
import { ANSWER_COLUMNS, partsOf, ROW_LABEL_COLUMN } from '../../src/lib/eligibility/answer-row.ts';
import type { AnswerContext } from '../../src/lib/eligibility/answers.ts';
import { type Attribute, attributesOf, FACT_IDS, FACTS, type FactId } from '../../src/lib/facts.ts';
import { OTHER_JURISDICTION } from '../../src/lib/jurisdiction.ts';
import { toCsv } from '../../src/lib/csv.ts';

/** mulberry32: a small seeded generator, the same numbers on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');
const dayBetween = (r: Random, fromYear: number, toYear: number) =>
  `${fromYear + Math.floor(r() * (toYear - fromYear + 1))}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;

function attributeValue(r: Random, a: Attribute, regulations: AnswerContext['regulations']): unknown {
  switch (a.kind) {
    case 'enum':
      return pick(r, Object.keys(a.values));
    case 'boolean':
      return r() < 0.5;
    case 'amount':
      return Math.round((r() * 2000 - 300) * 10) / 10;
    case 'scheme':
      return r() < 0.3 ? OTHER_JURISDICTION : pick(r, regulations).id;
  }
}

/** Attributes of an item, one in six left out (a half answer). */
function attributes(r: Random, fact: FactId, ctx: AnswerContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, a] of Object.entries(attributesOf(fact)))
    if (r() > 1 / 6) out[name] = attributeValue(r, a, ctx.regulations);
  return out;
}

function factValue(r: Random, fact: FactId, place: string, ctx: AnswerContext): unknown {
  const thisYear = Number(ctx.today.slice(0, 4));
  const lastDay = (year: number) => Math.min(year, thisYear - 1);
  switch (FACTS[fact].type) {
    case 'jurisdiction':
      return place;
    case 'date':
      return dayBetween(r, 1995, lastDay(2024));
    case 'boolean':
      return r() < 0.8;
    case 'rank':
      return 1 + Math.floor(r() * 20);
    case 'count':
      return Math.floor(r() * 30);
    case 'events': {
      const n = r() < 0.6 ? 0 : 1 + Math.floor(r() * 3);
      return Array.from({ length: n }, () => ({
        date: dayBetween(r, 2015, lastDay(2025)),
        ...attributes(r, fact, ctx),
      }));
    }
    case 'annual': {
      const years = Array.from({ length: 3 }, (_, i) => thisYear - 3 + i);
      return years.map((year) => ({ year, ...attributes(r, fact, ctx) }));
    }
    case 'periods':
      return [{ place: r() < 0.8 ? place : OTHER_JURISDICTION, from: dayBetween(r, 2000, lastDay(2022)) }];
    case 'awards': {
      if (r() < 0.7) return [];
      const reg = pick(r, ctx.regulations);
      return [{ regulation: reg.id, tier: pick(r, reg.tiers), date: dayBetween(r, 2016, lastDay(2025)) }];
    }
  }
}

/** The i-th applicant (from 0): its type, place, and each fact asked of it answered four times in five. */
export function syntheticApplicant(i: number, ctx: AnswerContext, seed = 13): Record<string, unknown> {
  const r = seeded(seed * 1_000_003 + i);
  const applicantType = r() < 0.8 ? 'organization' : 'individual';
  const places = [...ctx.jurisdictions, OTHER_JURISDICTION];
  const place = places[i % places.length]!;
  const answers: Record<string, unknown> = { name: `客户${i + 1}`, applicantType };
  for (const fact of FACT_IDS) {
    if (!(FACTS[fact].askedOf as readonly string[]).includes(applicantType)) continue;
    if (fact !== 'jurisdiction' && r() < 0.2) continue;
    answers[fact] = factValue(r, fact, place, ctx);
  }
  return answers;
}

/** An answer as a CSV cell (answer-row.ts's syntax): lists by ; and their parts by :, in the registry's order. */
function cellOf(column: string, value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (!Array.isArray(value)) return String(value);
  if (!value.length) return '无';
  const parts = partsOf(column as FactId);
  return value.map((item: Record<string, unknown>) => parts.map((p) => cellOf(p, item[p])).join(':')).join(';');
}

/** Applicants as a CSV, a column per answer. */
export const applicantsCsv = (applicants: Record<string, unknown>[]): string =>
  toCsv(
    ANSWER_COLUMNS,
    applicants.map((a) => ANSWER_COLUMNS.map((c) => (c === ROW_LABEL_COLUMN ? String(a[c]) : cellOf(c, a[c])))),
  );
