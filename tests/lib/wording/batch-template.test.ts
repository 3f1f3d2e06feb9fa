// The template and the column guide as files: the template's header is every column and its example rows read back
// with no problem; the guide explains every column with the wizard's own question, each list's parts by their
// labels and each coded value by its codebook label. A fact added to the registry appears in both with no edit to
// the template's code (the registry is extended here, as a new fact would be).
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INCIDENT_GRADES } from '../../../src/lib/codebook.ts';
import { ANSWER_COLUMNS, answersFromRow, partsOf } from '../../../src/lib/eligibility/answer-row.ts';
import { parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { answerContext, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { attributesOf, FACT_IDS, FACTS } from '../../../src/lib/facts.ts';
import { GUIDE_HEADER, guideCsv, guideRows, templateCsv } from '../../../src/lib/wording/batch-template.ts';
import { partLabelOf, promptOf } from '../../../src/lib/wording/questions.ts';
import { realEntries } from '../../support/regulations.ts';

const entries = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
const ctx = answerContext(entries, '2026-12-02');
const readCsv = (text: string) => parse(text, { bom: true }) as string[][];

describe('templateCsv', () => {
  it('is headed by every column, with an example row per type of applicant that reads back with no problem', () => {
    const [header, ...rows] = readCsv(templateCsv(ctx));
    expect(header).toEqual(ANSWER_COLUMNS);
    expect(rows.map((r) => r[ANSWER_COLUMNS.indexOf('applicantType')])).toEqual(['organization', 'individual']);
    for (const cells of rows) {
      const { raw, problems } = answersFromRow(Object.fromEntries(header!.map((c, i) => [c, cells[i]!])));
      expect(problems).toEqual([]);
      expect(parseAnswers(raw, ctx).problems).toEqual([]);
    }
  });
});

describe('guideRows', () => {
  const rows = guideRows(ctx);

  it('explains every column with the wizard’s question and an example', () => {
    expect(rows.map((r) => r.column)).toEqual(ANSWER_COLUMNS);
    for (const fact of FACT_IDS) {
      const row = rows.find((r) => r.column === fact)!;
      expect(row.question).toBe(promptOf(fact));
      expect(row.example, fact).not.toBe('');
      // A list names each part of an item by its label, in order, and each coded value by its label.
      for (const part of partsOf(fact)) expect(row.howTo, `${fact}.${part}`).toContain(partLabelOf(fact, part));
      for (const a of Object.values(attributesOf(fact)))
        if (a.kind === 'enum') for (const { label } of Object.values(a.values)) expect(row.howTo).toContain(label);
    }
  });

  it('is the guide file, row for row', () => {
    const [header, ...lines] = readCsv(guideCsv(ctx));
    expect(header).toEqual(GUIDE_HEADER);
    expect(lines).toEqual(rows.map((r) => [r.column, r.question, r.askedOf, r.howTo, r.example]));
  });
});

describe('guideRows with a bound on its lists', () => {
  const full = guideRows(ctx);
  const atMost = Math.min(ctx.jurisdictions.length, ctx.regulations.length) - 1;
  const bounded = guideRows(ctx, { listAtMost: atMost });
  const occurrences = (text: string, items: string[]) => items.filter((i) => text.includes(i)).length;

  it('names at most that many places and codes in a list, with the count, and the unbounded guide names them all', () => {
    const codes = ctx.regulations.map((r) => r.id);
    const listing = full.filter((r) => occurrences(r.howTo, codes) === codes.length);
    expect(listing.length).toBeGreaterThan(0);
    for (const row of listing) {
      const cut = bounded.find((r) => r.column === row.column)!;
      expect(occurrences(cut.howTo, codes), row.column).toBeLessThanOrEqual(atMost);
      expect(cut.howTo).toContain(`共 ${codes.length} 项`);
    }
    const places = full.filter((r) => occurrences(r.howTo, ctx.jurisdictions) === ctx.jurisdictions.length);
    expect(places.length).toBeGreaterThan(0);
    for (const row of places)
      expect(bounded.find((r) => r.column === row.column)!.howTo).toContain(`共 ${ctx.jurisdictions.length} 项`);
  });

  it('leaves the columns without such lists as they are', () => {
    const unchanged = full.filter(
      (r) => !r.howTo.includes(ctx.regulations[0]!.id) && !r.howTo.includes(ctx.jurisdictions[0]!),
    );
    expect(unchanged.length).toBeGreaterThan(0);
    for (const row of unchanged) expect(bounded.find((r) => r.column === row.column)).toEqual(row);
  });
});

describe('a fact added to the registry', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/lib/facts.ts');
    vi.doUnmock('../../../src/lib/wording/questions.ts');
    vi.resetModules();
  });

  it('has its column in the template and its row in the guide, with no edit to either', async () => {
    const NEW = 'boilerInspections';
    const grown = {
      ...FACTS,
      [NEW]: {
        type: 'events',
        askedOf: ['organization'],
        attributes: { grade: { kind: 'enum', values: INCIDENT_GRADES } },
      },
    };
    vi.resetModules();
    vi.doMock('../../../src/lib/facts.ts', async (original) => ({
      ...(await original<typeof import('../../../src/lib/facts.ts')>()),
      FACTS: grown,
      FACT_IDS: Object.keys(grown),
      attributesOf: (f: keyof typeof grown) => (grown[f] as { attributes?: object }).attributes ?? {},
    }));
    // Its question is the one edit a new fact needs (the compiler asks for it in questions.ts).
    vi.doMock('../../../src/lib/wording/questions.ts', async (original) => {
      const q = await original<typeof import('../../../src/lib/wording/questions.ts')>();
      return { ...q, promptOf: (f: string) => (f === NEW ? '是否有锅炉检验记录' : q.promptOf(f as never)) };
    });
    const wording = await import('../../../src/lib/wording/batch-template.ts');
    const [header, organization] = readCsv(wording.templateCsv(ctx));
    expect(header).toContain(NEW);
    expect(organization![header!.indexOf(NEW)]).toMatch(/^\d{4}-\d{2}-\d{2}:特别重大$/);
    const row = wording.guideRows(ctx).find((r) => r.column === NEW)!;
    expect(row.question).toBe('是否有锅炉检验记录');
    expect(row.howTo).toContain(INCIDENT_GRADES.major.label);
  });
});
