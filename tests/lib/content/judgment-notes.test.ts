// A condition or exclusion clause left to the reviewers says why: its note tells
// the applicant what in the article's words it cannot check itself (and, where a
// test decides part of it, what remains). One note per rule, not one shared line.
import { describe, expect, it } from 'vitest';
import { realEntries } from '../../support/regulations.ts';

const entries = realEntries();

const judgmentRules = (reg: (typeof entries)[number]['regulation']) =>
  [
    ...reg.applicants.flatMap((a) => a.conditions.map((c) => ({ where: `${a.type} condition ${c.id}`, rule: c }))),
    ...reg.exclusionClauses.map((c) => ({ where: `exclusion clause ${c.id}`, rule: c })),
  ].filter(({ rule }) => rule.assessment === 'judgment');

describe.each(entries.map((e) => [e.id, e.regulation] as const))('%s', (_id, reg) => {
  const rules = judgmentRules(reg);

  it('explains every judgment condition and clause in a note', () => {
    expect(rules.filter(({ rule }) => !rule.note?.trim()).map(({ where }) => where)).toEqual([]);
  });

  it('gives each judgment rule its own note, not a line copied to several', () => {
    const notes = rules.map(({ rule }) => rule.note);
    expect(notes.filter((n, i) => notes.indexOf(n) !== i)).toEqual([]);
  });
});

it('reads judgment rules from the content', () => {
  expect(entries.flatMap((e) => judgmentRules(e.regulation)).length).toBeGreaterThan(0);
});
