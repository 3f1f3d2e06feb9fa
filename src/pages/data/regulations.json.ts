import type { APIRoute } from 'astro';
import { AS_OF, getRegulations } from '../../data/regulations.ts';
import { buildDataset } from '../../lib/export.ts';

export const GET: APIRoute = async () => {
  const regs = await getRegulations();
  return new Response(JSON.stringify(buildDataset(regs, AS_OF), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
