// The batch checker's template: the header of every column an applicant file may have, and an example row for an
// organization and for an individual (src/lib/wording/batch-template.ts).
import type { APIRoute } from 'astro';
import { templateCsv } from '../../../lib/wording/batch-template.ts';
import { exampleContext } from './_example-context.ts';

export const GET: APIRoute = async () =>
  new Response(templateCsv(await exampleContext()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
