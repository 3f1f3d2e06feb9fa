import type { APIRoute, GetStaticPaths } from 'astro';
import { AS_OF, getRegulations } from '../../data/regulations.ts';
import { exportRegulation } from '../../lib/export.ts';
import { SCHEMA_VERSION } from '../../lib/schema.ts';
import { licenseField } from '../../lib/open-data/licence.ts';

export const getStaticPaths = (async () => {
  const regs = await getRegulations();
  return regs
    .filter((r) => r.id !== 'regulations')
    .map((r) => ({ params: { id: r.id }, props: { id: r.id, regulation: r.regulation, succession: r.succession } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const body = {
    schemaVersion: SCHEMA_VERSION,
    schema: 'regulations.schema.json',
    asOf: AS_OF,
    license: licenseField(),
    ...exportRegulation(props as never, AS_OF),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
