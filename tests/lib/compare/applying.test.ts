// The applying topic (申报与获奖后) against the content it is built from: every
// material, recommender, step, duty and benefit a regulation codes shows in its
// row with its passage, silent regulations read as silent, and the publicity
// around applying is counted in both units. Over the loaded content and the
// fixtures; the few constructed cases change a loaded regulation, never name one.
import { describe, expect, it } from 'vitest';
import { afterWinningSection, applyingSection } from '../../../src/lib/compare/applying.ts';
import { sanctionsSection } from '../../../src/lib/compare/procedure.ts';
import { cellFor, EMPTY_TEXT, type ComparisonSection } from '../../../src/lib/compare/table.ts';
import type { CompareInput } from '../../../src/lib/compare/rows.ts';
import type { Regulation } from '../../../src/lib/schema.ts';
import { RECOMMENDER_ACTS } from '../../../src/lib/codebook.ts';
import { WINDOW_IN_NOTICE_TEXT } from '../../../src/lib/wording/compare-applying.ts';
import { NOT_IN_TEXT_TEXT } from '../../../src/lib/wording/values.ts';
import { fixtureEntries, realEntries, shapeEntries } from '../../support/regulations.ts';

const entries: CompareInput[] = [...realEntries(), ...fixtureEntries()];
const applying = applyingSection(entries);
const after = afterWinningSection(entries);
const rowOf = (s: ComparisonSection, id: string) => {
  const r = s.rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id} in ${s.id}`);
  return r;
};
const silent = (reg: Regulation) => (reg.partialText ? NOT_IN_TEXT_TEXT : EMPTY_TEXT);
const citesOf = (s: ComparisonSection, row: string, id: string) => cellFor(rowOf(s, row), id).cites.map((c) => c.cite);

describe('applying: what the texts ask of an applicant', () => {
  it('the content codes materials and recommenders somewhere, so the rows below are exercised', () => {
    expect(entries.some((e) => e.regulation.application?.materials.length)).toBe(true);
    expect(entries.some((e) => e.regulation.application?.recommenders.length)).toBe(true);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: each material under its kind, by its own name', (id, e) => {
    const materials = e.regulation.application?.materials ?? [];
    for (const row of applying.rows.filter((r) => r.id.startsWith('material-'))) {
      const kind = row.id.replace(/^material-/, '');
      const mine = materials.filter((m) => m.kind === kind);
      const c = cellFor(row, id);
      if (!mine.length) expect(c.text, row.id).toBe(silent(e.regulation));
      for (const m of mine) {
        expect(c.text).toContain(m.name);
        if (m.standard) expect(c.text).toContain(m.standard);
        expect(c.cites.map((x) => x.cite)).toContainEqual(m.cite);
      }
    }
    // Every kind a regulation codes has its row.
    for (const m of materials) expect(applying.rows.map((r) => r.id)).toContain(`material-${m.kind}`);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: each recommender under its kind, with its act', (id, e) => {
    const recommenders = e.regulation.application?.recommenders ?? [];
    for (const r of recommenders) {
      const c = cellFor(rowOf(applying, `recommender-${r.kind}`), id);
      expect(c.text).toContain(`${r.name}：${RECOMMENDER_ACTS[r.act].label}`);
      expect(c.cites.map((x) => x.cite)).toContainEqual(r.cite);
    }
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: the office and the window, or the notice', (id, e) => {
    const { office, window } = e.regulation.application ?? {};
    const o = cellFor(rowOf(applying, 'office'), id);
    expect(o.text).toBe(office?.name ?? silent(e.regulation));
    if (office) expect(o.cites.map((c) => c.cite)).toEqual([office.cite]);
    const w = cellFor(rowOf(applying, 'window'), id);
    expect(w.text).toBe(window?.text ?? (e.regulation.partialText ? NOT_IN_TEXT_TEXT : WINDOW_IN_NOTICE_TEXT));
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: what the applicant does, and how long steps last', (id, e) => {
    const steps = e.regulation.process.steps ?? [];
    const does = cellFor(rowOf(applying, 'applicant-steps'), id);
    const acting = steps.filter((s) => s.applicantDoes);
    if (!acting.length) expect(does.text).toBe(silent(e.regulation));
    for (const s of acting) {
      expect(does.text).toContain(`${s.stage}：${s.applicantDoes}`);
      expect(does.cites.map((c) => c.cite)).toContainEqual(s.cite);
    }
    const days = cellFor(rowOf(applying, 'step-days'), id);
    const timed = steps.filter((s) => s.days);
    if (!timed.length) expect(days.text).toBe(silent(e.regulation));
    for (const s of timed) expect(days.text).toContain(s.stage);
  });

  it('publicity within the applicant counts in both units; later publicity does not', () => {
    const base = entries[0]!;
    const [first, ...rest] = base.regulation.process.stages.names;
    const cite = base.regulation.process.stages.cite;
    const reg: Regulation = {
      ...base.regulation,
      process: {
        ...base.regulation.process,
        steps: [{ stage: first!, applicantDoes: '提交申报材料', cite }],
        publicity: [
          { stage: first!, minimumDays: 5, dayType: 'working', cite },
          // A longer publicity of a later stage is the reviewers' publicity, not the applicant's.
          ...(rest.length ? [{ stage: rest.at(-1)!, minimumDays: 30, dayType: 'calendar' as const, cite }] : []),
        ],
      },
    };
    const s = applyingSection([{ id: 'x', regulation: reg }]);
    const calendar = cellFor(rowOf(s, 'applying-publicity-calendar'), 'x');
    const working = cellFor(rowOf(s, 'applying-publicity-working'), 'x');
    expect(calendar.text).toBe(`5–7天（${first}）`);
    expect(calendar.num).toBe(5);
    expect(calendar.explanation).toBe('5个工作日 ≈ 5–7天');
    expect(working.text).toBe(`5个工作日（${first}）`);
    // Without a step the applicant acts in, no publicity is placed before applying.
    const none = applyingSection([{ id: 'x', regulation: { ...reg, process: { ...reg.process, steps: [] } } }]);
    expect(cellFor(rowOf(none, 'applying-publicity-calendar'), 'x').value).toBeUndefined();
  });

  it('a window compares by its months, not by its words', () => {
    const base = entries[0]!.regulation;
    const cite = base.process.stages.cite;
    const withWindow = (text: string): Regulation => ({
      ...base,
      application: { materials: [], recommenders: [], window: { months: [3], text, cite } },
    });
    const s = applyingSection([
      { id: 'a', regulation: withWindow('每年3月') },
      { id: 'b', regulation: withWindow('每年三月份') },
    ]);
    const row = rowOf(s, 'window');
    expect(cellFor(row, 'a').key).toBe(cellFor(row, 'b').key);
    expect(cellFor(row, 'b').text).toBe('每年三月份');
  });
});

describe('after winning: benefits and duties', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s: each duty and benefit with its passage', (id, e) => {
    const reg = e.regulation;
    for (const d of reg.winnerDuties ?? []) {
      const c = cellFor(rowOf(after, `duty-${d.kind}`), id);
      expect(c.text).toContain(d.summary);
      if (d.withinDays !== undefined) expect(c.text).toContain(String(d.withinDays));
      expect(c.cites.map((x) => x.cite)).toContainEqual(d.cite);
    }
    const benefits = reg.benefits ?? [];
    expect(cellFor(rowOf(after, 'benefits'), id).text).toBe(
      benefits.length ? benefits.map((b) => b.summary).join('；') : silent(reg),
    );
    expect(citesOf(after, 'reporting-duties', id)).toEqual(reg.sanctions.reportingDuties.map((d) => d.cite));
    expect(citesOf(after, 'title-use', id)).toEqual(reg.sanctions.titleUseLimits.map((d) => d.cite));
  });

  it('reporting duties and limits on the title are shown once: after winning, not under sanctions', () => {
    const sanctions = sanctionsSection(entries).rows.map((r) => r.id);
    expect(sanctions).not.toContain('reporting-duties');
    expect(sanctions).not.toContain('title-use');
  });

  it('a duty with a time limit its summary leaves out says the limit', () => {
    const base = entries[0]!.regulation;
    const cite = base.process.stages.cite;
    const reg: Regulation = {
      ...base,
      winnerDuties: [{ kind: 'report-incidents', summary: '发生重大质量事故及时报告', withinDays: 15, cite }],
    };
    const c = cellFor(rowOf(afterWinningSection([{ id: 'x', regulation: reg }]), 'duty-report-incidents'), 'x');
    expect(c.text).toBe('发生重大质量事故及时报告（15天内）');
  });
});

describe('a text known only in part', () => {
  it('reads 现有文本未载 in every empty cell of the topic, never 未规定', () => {
    const shapes = shapeEntries();
    const partial = shapes.filter((e) => e.regulation.partialText);
    expect(partial.length).toBeGreaterThan(0);
    for (const s of [applyingSection(shapes), afterWinningSection(shapes)])
      for (const r of s.rows)
        for (const e of partial) {
          const c = cellFor(r, e.id);
          if (c.value === undefined) expect(c.text, `${s.id}/${r.id}`).toBe(NOT_IN_TEXT_TEXT);
        }
  });
});
