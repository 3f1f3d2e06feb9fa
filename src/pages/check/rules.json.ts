// The rules index the checker downloads first: each regulation's place rules
// (or its full rules where place alone cannot rule outsiders out). The full
// rules of the regulations covering the applicant's place follow from /check/rules/<id>.json.
import type { APIRoute } from 'astro';
import { getRegulations } from '../../data/regulations.ts';
import { rulesOf } from '../../lib/eligibility/engine.ts';
import { rulesIndex } from '../../lib/eligibility/split.ts';
import { successions } from '../../lib/versions.ts';

export const GET: APIRoute = async () => {
  const regs = await getRegulations();
  const by = successions(regs);
  const body = {
    regulations: rulesIndex(
      regs.map((r) => ({ id: r.id, regulation: rulesOf(r.regulation), succession: by.get(r.id) })),
    ),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
