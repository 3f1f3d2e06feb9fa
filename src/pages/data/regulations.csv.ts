import type { APIRoute } from 'astro';
import { AS_OF, getRegulations } from '../../data/regulations.ts';
import { buildCsv } from '../../lib/export.ts';

export const GET: APIRoute = async () => {
  const regs = await getRegulations();
  return new Response(buildCsv(regs, AS_OF), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
