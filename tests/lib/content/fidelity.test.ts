// Data fidelity: what the content files say about each text, compared with
// what the parser reads in that text itself.
import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../../src/lib/content/load.ts';
import { matchKey } from '../../../src/lib/source/normalize.ts';
import { CONTENT, SEEDS } from '../../support/paths.ts';

const { entries } = loadRegulations({ contentDir: CONTENT, seedsDir: SEEDS });
const cases = entries.map((e) => [e.id, e] as const);

const fullText = (e: (typeof entries)[number]) =>
  matchKey(
    [...e.source.notice.lines, e.source.title, ...e.source.articles.map((a) => a.text), ...e.source.colophon].join(
      '\n',
    ),
  );

describe.each(cases)('%s', (_id, { regulation: reg, source }) => {
  const text = fullText({ regulation: reg, source } as (typeof entries)[number]);

  it('has the title the text gives itself', () => {
    expect(reg.title).toBe(source.title);
  });

  it('has the document number and date of the promulgation notice', () => {
    expect(reg.documentNumber.value ?? undefined).toBe(source.notice.documentNumber);
    if (source.notice.date) expect(reg.dates.issued?.date).toBe(source.notice.date);
    if (source.notice.issuer) expect(reg.issuer.name).toBe(source.notice.issuer);
  });

  it('is a draft exactly when the text is marked as one', () => {
    expect(reg.stage.value === 'draft').toBe(source.draftMarker !== undefined);
  });

  it('names tiers, tracks, repealed documents and standards that the text names', () => {
    // A tier may be named in full (通州区区长质量奖提名奖) where the text drops the place name.
    const places = [reg.jurisdiction.district, reg.jurisdiction.city].filter(Boolean) as string[];
    const bare = (name: string) => places.reduce((n, p) => n.replace(p, ''), name);
    for (const t of reg.tiers) expect(text).toContain(matchKey(bare(t.name)));
    for (const t of reg.tracks ?? []) expect(text).toContain(matchKey(t.name));
    for (const r of reg.repeals) if (r.documentNumber) expect(text).toContain(matchKey(r.documentNumber));
    for (const s of reg.evaluationStandards) if (s.code) expect(text).toContain(matchKey(s.code));
  });

  it('codes a document-number-less text only with a reason', () => {
    if (reg.documentNumber.value === null) expect(reg.documentNumber.note).toBeTruthy();
  });

  it('cites the effective date where施行 is said', () => {
    const eff = reg.dates.effective;
    expect(eff).toBeDefined();
    expect(matchKey(eff!.cite!.quote)).toMatch(/施行/);
  });

  it('codes individuals exactly where the text admits them', () => {
    const admitsIndividuals = reg.applicants.some((a) => a.type === 'individual');
    expect(admitsIndividuals).toBe(
      /个人/.test(
        source.articles
          .slice(0, 4)
          .map((a) => a.text)
          .join(''),
      ),
    );
  });
});
