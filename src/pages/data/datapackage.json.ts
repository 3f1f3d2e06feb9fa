// The Frictionless Data Package of /data/: every file here, with the CSV's Table Schema and the licence.
import type { APIRoute } from 'astro';
import { AS_OF, getRegulations, url } from '../../data/regulations.ts';
import { buildDataPackage } from '../../lib/open-data/datapackage.ts';
import { SCHEMA_VERSION } from '../../lib/schema.ts';

export const GET: APIRoute = async ({ site }) => {
  const regs = await getRegulations();
  const body = buildDataPackage({
    regulations: regs.map((r) => ({ id: r.id, title: r.regulation.title })),
    asOf: AS_OF,
    schemaVersion: SCHEMA_VERSION,
    homepage: site && new URL(url('/data/'), site).href,
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
