import type { APIRoute } from 'astro';
import { AS_OF, getRegulations } from '../../data/regulations.ts';
import { datasetJsonParts } from '../../lib/export.ts';
import { utf8Stream } from '../../lib/utf8-stream.ts';

// Compact: the whole atlas in one file grows with every regulation (the per-regulation files stay indented for
// reading). Written a regulation at a time, so that its text is never one string in the build's memory.
export const GET: APIRoute = async () => {
  const regs = await getRegulations();
  return new Response(utf8Stream(datasetJsonParts(regs, AS_OF)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
