// The pick list of the comparison at scale: one small row per regulation.
import type { APIRoute } from 'astro';
import { AS_OF, getRegulations } from '../../data/regulations.ts';
import { pickerRow } from '../../lib/compare/picker.ts';

export const GET: APIRoute = async () => {
  const regulations = (await getRegulations()).map((e) => pickerRow(e, AS_OF));
  return new Response(JSON.stringify({ asOf: AS_OF, regulations }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
