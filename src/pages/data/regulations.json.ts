import type { APIRoute } from 'astro';
import { AS_OF, getRegulations } from '../../data/regulations.ts';
import { buildDataset } from '../../lib/export.ts';

// Compact: the whole atlas in one file grows with every regulation (the per-regulation files stay indented for reading).
export const GET: APIRoute = async () => {
  const regs = await getRegulations();
  return new Response(JSON.stringify(buildDataset(regs, AS_OF)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
