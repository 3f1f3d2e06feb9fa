// The rules the checker downloads: each regulation cut to what the engine reads.
import type { APIRoute } from 'astro';
import { getRegulations } from '../../data/regulations.ts';
import { rulesOf } from '../../lib/eligibility/engine.ts';

export const GET: APIRoute = async () => {
  const regs = await getRegulations();
  const body = { regulations: regs.map((r) => ({ id: r.id, regulation: rulesOf(r.regulation) })) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
