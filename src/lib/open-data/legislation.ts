// schema.org Legislation for a regulation page's JSON-LD: its 文号, dates,
// legal force as of the build day, place, issuing body and the earlier
// versions it replaces. Typed with schema-dts, so every property is one
// schema.org defines for Legislation.
import type { AdministrativeArea, Legislation, WithContext } from 'schema-dts';
import { jurisdictionParts } from '../jurisdiction.ts';
import type { Regulation } from '../schema.ts';
import { lastDayInForce, type RegulationStatus } from '../status.ts';
import { legislationForm } from '../wording/open-data.ts';

export interface LegislationInput {
  regulation: Regulation;
  status: RegulationStatus;
  /** The regulation page's absolute address: the node's @id and url. */
  pageUrl: string;
  /** The regulation's JSON file, absolute. */
  dataUrl: string;
  /** The page address of another coded regulation, by id (for versions it replaces). */
  pageOf: (id: string) => string;
}

/** Only in force is InForce; a draft, a text not yet in force, expired or replaced is NotInForce. */
const legalForce = (s: RegulationStatus) => (s === 'in-force' ? 'InForce' : 'NotInForce');

/** The place as nested areas: 长宁区 in 上海市. */
function place(reg: Regulation): AdministrativeArea {
  const [first, ...rest] = jurisdictionParts(reg).reverse();
  const area = (name: string, within?: AdministrativeArea): AdministrativeArea => ({
    '@type': 'AdministrativeArea',
    name,
    ...(within && { containedInPlace: within }),
  });
  return area(
    first ?? reg.jurisdiction.province,
    rest.reverse().reduce<AdministrativeArea | undefined>((within, name) => area(name, within), undefined),
  );
}

/** The earlier versions: coded ones by their page, others by title and 文号; and the documents its clauses repeal. */
function replaced(reg: Regulation, pageOf: (id: string) => string): Legislation[] {
  const versions: Legislation[] = (reg.supersedes ?? []).map((v) =>
    v.id !== undefined
      ? { '@type': 'Legislation', '@id': pageOf(v.id), url: pageOf(v.id) }
      : {
          '@type': 'Legislation',
          ...(v.title && { name: v.title }),
          ...(v.documentNumber && { legislationIdentifier: v.documentNumber }),
          ...(v.issued && { datePublished: v.issued }),
        },
  );
  const named = new Set(versions.map((v) => (v as { legislationIdentifier?: string }).legislationIdentifier));
  const repealed: Legislation[] = reg.repeals
    .filter((r) => !r.documentNumber || !named.has(r.documentNumber))
    .map((r) => ({
      '@type': 'Legislation',
      name: r.title,
      ...(r.documentNumber && { legislationIdentifier: r.documentNumber }),
    }));
  return [...versions, ...repealed];
}

export function legislationJsonLd({
  regulation: reg,
  status,
  pageUrl,
  dataUrl,
  pageOf,
}: LegislationInput): WithContext<Legislation> {
  const d = reg.dates;
  const issuer = { '@type': 'GovernmentOrganization', name: reg.issuer.name } as const;
  const expires = lastDayInForce(reg);
  const form = legislationForm(reg.title);
  const changes = replaced(reg, pageOf);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': pageUrl,
    url: pageUrl,
    name: reg.title,
    alternateName: reg.shortName,
    inLanguage: 'zh-CN',
    ...(reg.documentNumber.value && { legislationIdentifier: reg.documentNumber.value }),
    ...(form && { legislationType: form }),
    // Signed or adopted: the 常务会议 when the text names it, else the day it was issued.
    ...((d.adopted ?? d.issued) && { legislationDate: (d.adopted ?? d.issued)?.date }),
    ...(d.issued && { datePublished: d.issued.date }),
    ...(d.effective && { legislationDateOfApplicability: d.effective.date }),
    ...(expires && { expires }),
    legislationLegalForce: legalForce(status),
    legislationJurisdiction: place(reg),
    legislationPassedBy: issuer,
    publisher: issuer,
    ...(changes.length && { legislationChanges: changes }),
    encoding: { '@type': 'MediaObject', contentUrl: dataUrl, encodingFormat: 'application/json' },
  };
}

/** The JSON-LD as the text of a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export const jsonLdScriptText = (node: object): string => JSON.stringify(node).replace(/</g, '\\u003c');
