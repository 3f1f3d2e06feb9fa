// One regulation's applying data, cut to what the checker report's next steps read (src/lib/guide/next-steps.ts):
// fetched by the report for the regulations that leave the applicant in the running.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegulations } from '../../../data/regulations.ts';
import { applyingOf } from '../../../lib/guide/next-steps.ts';

export const getStaticPaths = (async () =>
  (await getRegulations()).map((r) => ({
    params: { id: r.id },
    props: { regulation: r.regulation },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(applyingOf((props as { regulation: Parameters<typeof applyingOf>[0] }).regulation)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
