// One regulation's full rules, cut to what the engine reads.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegulations } from '../../../data/regulations.ts';
import { rulesOf } from '../../../lib/eligibility/engine.ts';

export const getStaticPaths = (async () =>
  (await getRegulations()).map((r) => ({
    params: { id: r.id },
    props: { regulation: r.regulation },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(
    JSON.stringify({
      id: params.id,
      regulation: rulesOf((props as { regulation: Parameters<typeof rulesOf>[0] }).regulation),
    }),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
