import type { APIRoute } from 'astro';
import { regulationJsonSchema } from '../../lib/json-schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(regulationJsonSchema(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
