// The application data (schema 4.1.0) stands in its own quotes: the citation check proves a quote is in the text,
// this proves the coded value belongs to that quote, so a material, a recommender or a duty attached to the wrong
// passage fails. Names are quoted as the text writes them; summaries are the coder's words, so they need only share
// a run of characters with the quote.
import { describe, expect, it } from 'vitest';
import type { MaterialKind } from '../../../src/lib/codebook.ts';
import { numberForms } from '../../../src/lib/content/citations.ts';
import type { Citation, Regulation } from '../../../src/lib/schema.ts';
import { matchKey } from '../../../src/lib/source/normalize.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';

/** Shortest run of characters a summary must share with its quote: two Chinese words. */
const SHARED_RUN = 4;

/** Words one of which a quote of each kind of material uses (表 for 申报表 and 申请表, 自评 and 自我评价…). */
const MATERIAL_WORDS: Record<MaterialKind, string[]> = {
  'application-form': ['表'],
  'self-assessment-report': ['自评', '自我评价'],
  'supporting-evidence': ['材料', '证明'],
  'recommendation-opinion': ['推荐'],
  commitment: ['承诺'],
  'financial-statement': ['财务', '审计'],
  other: [''],
};

const contains = (cite: Citation, words: string) => matchKey(cite.quote).includes(matchKey(words));
const sharesRun = (summary: string, cite: Citation) => {
  const [s, q] = [matchKey(summary), matchKey(cite.quote)];
  for (let i = 0; i + SHARED_RUN <= s.length; i++) if (q.includes(s.slice(i, i + SHARED_RUN))) return true;
  return false;
};
/** Standard codes as written (GB/T 19580, GB/Z19579), without their spaces. */
const standardCodes = (text: string) => [...text.matchAll(/GB\/[TZ]\s*\d+/g)].map((m) => matchKey(m[0]));

/** What does not stand in its quote, as `path: what`; empty when every value does. */
function fidelityProblems(reg: Regulation): string[] {
  const problems: string[] = [];
  const expectThat = (ok: boolean, path: string, what: string) => ok || problems.push(`${path}: ${what}`);
  const { application: app } = reg;
  if (app?.office) expectThat(contains(app.office.cite, app.office.name), 'application.office', 'name not in quote');
  if (app?.window)
    for (const m of app.window.months ?? [])
      expectThat(
        numberForms(m).some((f) => contains(app.window!.cite, `${f}月`)),
        'application.window.months',
        `${m}月 not in quote`,
      );
  const standards = new Set(reg.evaluationStandards.flatMap((s) => (s.code ? standardCodes(s.code) : [])));
  app?.materials.forEach((m, i) => {
    const path = `application.materials[${i}]`;
    expectThat(contains(m.cite, m.name), path, `name ${m.name} not in quote`);
    expectThat(
      MATERIAL_WORDS[m.kind].some((w) => contains(m.cite, w)),
      path,
      `quote names no ${m.kind} (${MATERIAL_WORDS[m.kind].join('/')})`,
    );
    for (const code of standardCodes(m.standard ?? ''))
      expectThat(
        contains(m.cite, code) || standards.has(code),
        path,
        `${code} neither quoted nor an evaluation standard`,
      );
  });
  app?.recommenders.forEach((r, i) =>
    expectThat(contains(r.cite, r.name), `application.recommenders[${i}]`, `name ${r.name} not in quote`),
  );
  reg.winnerDuties?.forEach((d, i) =>
    expectThat(sharesRun(d.summary, d.cite), `winnerDuties[${i}]`, 'summary shares nothing with quote'),
  );
  reg.benefits?.forEach((b, i) =>
    expectThat(sharesRun(b.summary, b.cite), `benefits[${i}]`, 'summary shares nothing with quote'),
  );
  reg.process.steps?.forEach((s, i) => {
    const path = `process.steps[${i}]`;
    if (s.applicantDoes)
      expectThat(sharesRun(s.applicantDoes, s.cite), path, 'applicantDoes shares nothing with quote');
    // The citation check reads a cited object's own numbers, not those of the nested days.
    if (s.days)
      expectThat(
        numberForms(s.days.value).some((f) => contains(s.cite, f)),
        path,
        `${s.days.value} days not in quote`,
      );
  });
  return problems;
}

const entries = [...realEntries(), ...fixtureEntries()];

describe('the application data stands in its quotes', () => {
  it.each(entries.map((e) => [e.id, e.regulation] as const))('%s', (_id, reg) => {
    expect(fidelityProblems(reg)).toEqual([]);
  });

  it('catches a value attached to the wrong passage', () => {
    // Any material given the quote of another material that does not name it.
    const [reg, i, other] = entries
      .map((e) => e.regulation)
      .flatMap((r) => {
        const ms = r.application?.materials ?? [];
        return ms.flatMap((m, i) => ms.filter((o) => !contains(o.cite, m.name)).map((o) => [r, i, o] as const));
      })[0]!;
    const misquoted = structuredClone(reg);
    misquoted.application!.materials[i]!.cite = other.cite;
    expect(fidelityProblems(misquoted)).toContainEqual(
      expect.stringMatching(`^application\\.materials\\[${i}\\]: name `),
    );
    const duty = structuredClone(reg);
    duty.winnerDuties = [{ kind: 'other', summary: '颁发奖牌证书', cite: { article: 1, quote: '为鼓励组织追求卓越' } }];
    expect(fidelityProblems(duty)).toEqual(['winnerDuties[0]: summary shares nothing with quote']);
  });
});
