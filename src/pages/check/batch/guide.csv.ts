// The column guide as a file: for each column of the template, the question it answers, who is asked, how to
// write it and an example.
import type { APIRoute } from 'astro';
import { guideCsv } from '../../../lib/wording/batch-template.ts';
import { exampleContext } from './_example-context.ts';

export const GET: APIRoute = async () =>
  new Response(guideCsv(await exampleContext()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
