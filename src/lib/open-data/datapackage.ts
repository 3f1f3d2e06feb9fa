// The Frictionless Data Package of /data/: one resource per file published
// there (the whole atlas as JSON and CSV, the JSON Schema, one JSON per
// regulation), the CSV with its Table Schema, and the licence of the coding.
import { DATA_PACKAGE_DESCRIPTION, DATA_PACKAGE_TITLE, RESOURCE_TITLES } from '../wording/open-data.ts';
import { DATA_LICENSE } from './licence.ts';
import { regulationsCsvSchema } from './table-schema.ts';

export interface PackageInput {
  /** The regulations published, by id and title. */
  regulations: { id: string; title: string }[];
  asOf: string;
  schemaVersion: string;
  /** The site's address of /data/ (absolute), for the package's homepage; omitted when unknown. */
  homepage?: string;
}

const json = (name: string, path: string, title: string, mediatype = 'application/json') => ({
  profile: 'data-resource',
  name,
  path,
  title,
  format: 'json',
  mediatype,
  encoding: 'utf-8',
  licenses: [DATA_LICENSE],
});

export function buildDataPackage(input: PackageInput) {
  return {
    profile: 'data-package',
    name: 'quality-award-atlas',
    title: DATA_PACKAGE_TITLE,
    description: DATA_PACKAGE_DESCRIPTION,
    version: input.schemaVersion,
    created: input.asOf,
    ...(input.homepage && { homepage: input.homepage }),
    licenses: [DATA_LICENSE],
    resources: [
      json('regulations', 'regulations.json', RESOURCE_TITLES.regulationsJson),
      {
        profile: 'tabular-data-resource',
        name: 'regulations-csv',
        path: 'regulations.csv',
        title: RESOURCE_TITLES.regulationsCsv,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', header: true, doubleQuote: true },
        schema: regulationsCsvSchema(),
        licenses: [DATA_LICENSE],
      },
      json('regulations-schema', 'regulations.schema.json', RESOURCE_TITLES.jsonSchema, 'application/schema+json'),
      ...input.regulations.map((r) =>
        json(`regulation-${r.id}`, `${r.id}.json`, RESOURCE_TITLES.regulationJson(r.title)),
      ),
    ],
  };
}
