// The guide to applying over every loaded regulation (the content, the fixtures' sixth and the
// shapes real texts use): each line cites a passage that exists, each coded item shows once,
// and where the text is silent the guide says so instead of making a value up.
import { describe, expect, it } from 'vitest';
import { citationAnchor } from '../../../src/lib/cite-format.ts';
import { CONDITION_CATEGORIES } from '../../../src/lib/codebook.ts';
import { publicityInBothUnits } from '../../../src/lib/compare/days.ts';
import { buildGuide } from '../../../src/lib/guide/build.ts';
import { type GuideLine, guideLines } from '../../../src/lib/guide/lines.ts';
import type { Citation, Regulation } from '../../../src/lib/schema.ts';
import type { ParsedSource } from '../../../src/lib/source/parse.ts';
import { guideLineWords } from '../../../src/lib/wording/guide.ts';
import { NOT_IN_TEXT_TEXT, SILENT_TEXT } from '../../../src/lib/wording/values.ts';
import { fixtureEntries, realEntries, shapeEntries } from '../../support/regulations.ts';

const entries = [...realEntries(), ...fixtureEntries(), ...shapeEntries()];
const cases = entries.map((e) => [e.id, e] as const);
const [first] = realEntries();
if (!first) throw new Error('no regulation in the content');

const ofCode = <C extends GuideLine['code']>(lines: GuideLine[], code: C) =>
  lines.filter((l): l is Extract<GuideLine, { code: C }> => l.code === code);

/** Whether the parsed text has the article (and item) a citation names. */
function passageExists(source: ParsedSource, cite: Citation): boolean {
  if (cite.article === 'front') return true;
  if (cite.article === 'colophon') return source.colophon.length > 0;
  const article = source.articles.find((a) => a.number === cite.article);
  return !!article && (cite.item === undefined || article.items.some((i) => i.number === cite.item));
}

/** A copy of a regulation with some of its coding changed. */
const changed = (reg: Regulation, change: (r: Regulation) => void): Regulation => {
  const copy = structuredClone(reg);
  change(copy);
  return copy;
};

describe('the guide to applying', () => {
  it.each(cases)('%s: every line but a silent one cites a passage that exists in the text', (_id, e) => {
    for (const line of guideLines(buildGuide(e.regulation))) {
      if (line.code === 'silent') expect(line.cites, line.values.field).toEqual([]);
      else expect(line.cites.length, line.code).toBeGreaterThan(0);
      for (const c of line.cites) expect(passageExists(e.source, c), `${line.code}: ${JSON.stringify(c)}`).toBe(true);
    }
  });

  it.each(cases)('%s: shows each prize, exclusion clause, stage and publicity period', (_id, e) => {
    const reg = e.regulation;
    const lines = guideLines(buildGuide(reg));
    expect(ofCode(lines, 'prize')).toHaveLength(reg.tiers.flatMap((t) => t.prizes).length);
    expect(ofCode(lines, 'exclusion').map((l) => l.values.condition)).toEqual(reg.exclusionClauses);
    expect(ofCode(lines, 'step').map((l) => l.values.stage)).toEqual(reg.process.stages.names);
    const inSteps = ofCode(lines, 'step').flatMap((l) => l.values.publicity);
    const apart = ofCode(lines, 'publicity').map((l) => l.values);
    expect([...inSteps, ...apart].map((p) => p.stage).sort()).toEqual(reg.process.publicity.map((p) => p.stage).sort());
    expect(ofCode(lines, 'ban')).toHaveLength(reg.sanctions.bans.length);
    expect(ofCode(lines, 'reapplication')).toHaveLength(reg.sanctions.reapplication.length);
  });

  it.each(cases)('%s: the judgment items are the conditions left to the reviewers, by category', (_id, e) => {
    const section = buildGuide(e.regulation).sections.find((s) => s.id === 'judgment');
    const judged = e.regulation.applicants.flatMap((a) => a.conditions.filter((c) => c.assessment === 'judgment'));
    const groups = section?.groups.filter((g) => g.category) ?? [];
    const order = Object.keys(CONDITION_CATEGORIES);
    expect(groups.map((g) => order.indexOf(g.category ?? ''))).toEqual(
      groups.map((g) => order.indexOf(g.category ?? '')).sort((a, b) => a - b),
    );
    for (const g of groups)
      for (const l of ofCode(g.lines, 'judgment')) expect(l.values.condition.category).toBe(g.category);
    expect(ofCode(guideLines({ partialText: false, sections: section ? [section] : [] }), 'judgment')).toHaveLength(
      judged.length,
    );
    if (!judged.length)
      expect(section?.groups[0]?.lines[0]).toMatchObject({ code: 'silent', values: { field: 'judgment' } });
  });

  it('a regulation coded without an application says the text is silent, and whose notice gives the dates', () => {
    const reg = changed(first.regulation, (r) => {
      delete r.application;
    });
    const guide = buildGuide(reg);
    const lines = guideLines(guide);
    const words = (l: GuideLine) => guideLineWords(l, guide.partialText).text;
    const materials = lines.find((l) => l.code === 'silent' && l.values.field === 'materials');
    expect(materials && words(materials)).toBe(SILENT_TEXT);
    const [dates] = ofCode(lines, 'dates-in-notice');
    expect(dates?.values).toEqual({ office: reg.issuer.name, officeNamed: false });
    expect(dates?.cites).toEqual([reg.issuer.cite]);
    expect(dates && words(dates)).toContain(SILENT_TEXT);
  });

  it('names the office whose notice gives the dates, or the window the text fixes', () => {
    const cite = first.regulation.issuer.cite;
    const office = { name: '质委办', cite };
    const applying = (application: NonNullable<Regulation['application']>) =>
      guideLines(
        buildGuide(
          changed(first.regulation, (r) => {
            r.application = application;
          }),
        ),
      );
    const noWindow = applying({ office, materials: [], recommenders: [] });
    expect(ofCode(noWindow, 'dates-in-notice')[0]?.values).toEqual({ office: '质委办', officeNamed: true });
    const withWindow = applying({
      office,
      window: { months: [3], text: '每年3月', cite },
      materials: [],
      recommenders: [],
    });
    expect(ofCode(withWindow, 'dates-in-notice')).toEqual([]);
    expect(ofCode(withWindow, 'window')[0]?.values).toEqual({ months: [3], text: '每年3月' });
    expect(ofCode(withWindow, 'office')[0]?.values).toEqual({ name: '质委办' });
  });

  it('a text known only in part reads 现有文本未载 where it is silent, never 原文未规定', () => {
    const partial = entries.filter((e) => e.regulation.partialText);
    const made = changed(first.regulation, (r) => {
      r.partialText = { articles: [1], note: '只有第一条' };
      delete r.application;
    });
    for (const reg of [...partial.map((e) => e.regulation), made]) {
      const guide = buildGuide(reg);
      expect(guide.partialText).toBe(true);
      const texts = guideLines(guide).map((l) => guideLineWords(l, guide.partialText).text);
      expect(texts.some((t) => t.includes(NOT_IN_TEXT_TEXT))).toBe(true);
      for (const t of texts) expect(t).not.toContain(SILENT_TEXT);
    }
  });
});

describe('the steps as a timeline', () => {
  const base = first.regulation;
  const [stageA, stageB] = base.process.stages.names;
  if (!stageA || !stageB) throw new Error('the first regulation has fewer than two stages');
  const cite: Citation = { article: 7, quote: '公示' };
  const publicity = { stage: '拟获奖名单向社会公示', minimumDays: 5, dayType: 'working' as const, cite };
  const withSteps = (steps: NonNullable<Regulation['process']['steps']>) =>
    buildGuide(
      changed(base, (r) => {
        r.process.publicity = [publicity];
        r.process.steps = steps;
      }),
    );

  it('places a publicity period at the one step coded from its article, in both units of days', () => {
    const guide = withSteps([
      { stage: stageA, applicantDoes: '提交申报表', cite: { article: 6, quote: '申报' } },
      { stage: stageB, days: { value: 10, dayType: 'calendar' }, cite: { article: 7, quote: '审查' } },
    ]);
    const steps = ofCode(guideLines(guide), 'step');
    const both = publicityInBothUnits(5, 'working');
    expect(steps[1]?.values.publicity).toEqual([
      { stage: publicity.stage, days: { value: 5, dayType: 'working', inOtherUnit: both.calendar } },
    ]);
    expect(steps[1]?.cites.map(citationAnchor)).toEqual(['art-7']);
    expect(steps[1]?.values.days).toEqual({
      value: 10,
      dayType: 'calendar',
      inOtherUnit: publicityInBothUnits(10, 'calendar').working,
    });
    expect(steps[0]?.values.applicantDoes).toBe('提交申报表');
    // After the stage the applicant first acts in: not something to do when applying.
    expect(ofCode(guideLines(guide), 'applying-publicity')).toEqual([]);
    expect(ofCode(guideLines(guide), 'publicity')).toEqual([]);
  });

  it('a publicity period of the stage the applicant acts in is also one to prepare for', () => {
    const guide = withSteps([{ stage: stageA, applicantDoes: '内部公示', cite }]);
    const prepare = guide.sections.find((s) => s.id === 'prepare');
    expect(prepare?.groups.find((g) => g.id === 'applying-publicity')?.lines).toHaveLength(1);
    // The step and its publicity quote one article: one link to it.
    expect(ofCode(guideLines(guide), 'step')[0]?.cites).toEqual([cite]);
  });

  it('leaves a publicity period apart rather than guess between two steps of its article', () => {
    const guide = withSteps([
      { stage: stageA, cite },
      { stage: stageB, cite },
    ]);
    const lines = guideLines(guide);
    expect(ofCode(lines, 'step').flatMap((l) => l.values.publicity)).toEqual([]);
    expect(ofCode(lines, 'publicity')).toHaveLength(1);
  });
});
