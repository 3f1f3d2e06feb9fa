// Each regulation as schema.org Legislation, read back through a JSON-LD processor (schema.org's context from a
// local copy): the type, the 文号, the dates, the legal force, the place, the issuing body and the versions replaced.
import { describe, expect, it } from 'vitest';
import { loadRegulationsOrThrow } from '../../../src/lib/content/load.ts';
import { jurisdictionParts } from '../../../src/lib/jurisdiction.ts';
import { jsonLdScriptText, legislationJsonLd } from '../../../src/lib/open-data/legislation.ts';
import type { Regulation } from '../../../src/lib/schema.ts';
import { lastDayInForce, regulationStatus, type RegulationStatus } from '../../../src/lib/status.ts';
import { SCHEMA_ORG, expandJsonLd, first } from '../../support/open-data.ts';
import { CONTENT, SEEDS } from '../../support/paths.ts';

const entries = loadRegulationsOrThrow({ contentDir: CONTENT, seedsDir: SEEDS });
const AS_OF = '2026-11-22';
const page = (id: string) => `https://atlas.example.org/regulations/${id}/`;
const node = (
  regulation: Regulation,
  id = 'x',
  status: RegulationStatus = regulationStatus(regulation, AS_OF).status,
) =>
  legislationJsonLd({
    regulation,
    status,
    pageUrl: page(id),
    dataUrl: `https://atlas.example.org/data/${id}.json`,
    pageOf: page,
  });
const expanded = async (doc: object) => (await expandJsonLd(doc))[0] as Record<string, unknown>;

describe('schema.org Legislation', () => {
  it.each(entries.map((e) => [e.id, e.regulation] as const))(
    '%s: expands as a Legislation with its coded facts',
    async (id, reg) => {
      const ld = await expanded(node(reg, id));
      expect(ld['@type']).toEqual([`${SCHEMA_ORG}Legislation`]);
      expect(ld['@id']).toBe(page(id));
      expect(first(ld, 'name')).toBe(reg.title);
      expect(first(ld, 'inLanguage')).toBe('zh-CN');
      expect(first(ld, 'legislationIdentifier')).toBe(reg.documentNumber.value ?? undefined);
      expect(first(ld, 'datePublished')).toBe(reg.dates.issued?.date);
      expect(first(ld, 'legislationDateOfApplicability')).toBe(reg.dates.effective?.date);
      expect(first(ld, 'expires')).toBe(lastDayInForce(reg));
      const issuer = (ld[`${SCHEMA_ORG}legislationPassedBy`] as Record<string, unknown>[])[0]!;
      expect(first(issuer, 'name')).toBe(reg.issuer.name);
      expect(ld[`${SCHEMA_ORG}publisher`]).toEqual(ld[`${SCHEMA_ORG}legislationPassedBy`]);
      // The place, innermost first, each inside the next.
      const names: unknown[] = [];
      for (
        let area = ld[`${SCHEMA_ORG}legislationJurisdiction`] as Record<string, unknown>[] | undefined;
        area?.[0];
      ) {
        expect(area[0]['@type']).toEqual([`${SCHEMA_ORG}AdministrativeArea`]);
        names.push(first(area[0], 'name'));
        area = area[0][`${SCHEMA_ORG}containedInPlace`] as Record<string, unknown>[] | undefined;
      }
      expect(names).toEqual(jurisdictionParts(reg).reverse());
      const changed = (ld[`${SCHEMA_ORG}legislationChanges`] as Record<string, unknown>[] | undefined) ?? [];
      expect(changed.length > 0).toBe(reg.repeals.length + (reg.supersedes?.length ?? 0) > 0);
      expect(first(ld, 'legislationLegalForce')).toBe(
        regulationStatus(reg, AS_OF).status === 'in-force' ? 'InForce' : 'NotInForce',
      );
      for (const r of reg.repeals.filter((r) => r.documentNumber))
        expect(changed.map((c) => first(c, 'legislationIdentifier'))).toContain(r.documentNumber);
    },
  );

  it('is in force only while the status says so; a draft is not in force', async () => {
    const reg = entries[0]!.regulation;
    const force = async (status: RegulationStatus) =>
      first(await expanded(node(reg, 'x', status)), 'legislationLegalForce');
    expect(await force('in-force')).toBe('InForce');
    for (const s of ['draft', 'not-yet-in-force', 'expired'] as const) expect(await force(s)).toBe('NotInForce');
  });

  it('names a coded earlier version by its page, and one known from the text by title and 文号', async () => {
    const [a, b] = entries;
    const cite = { article: 1, quote: 'x' };
    const reg: Regulation = {
      ...a!.regulation,
      repeals: [],
      supersedes: [
        { id: b!.id, cite },
        { title: '旧办法', documentNumber: '某政〔2015〕1号', cite },
      ],
    };
    const changed = (await expanded(node(reg)))[`${SCHEMA_ORG}legislationChanges`] as Record<string, unknown>[];
    expect(changed.map((c) => c['@id'])).toContain(page(b!.id));
    expect(changed.map((c) => first(c, 'legislationIdentifier'))).toContain('某政〔2015〕1号');
  });

  it('cannot close its script element, whatever the text says', () => {
    const text = jsonLdScriptText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});
