// Each comparison table as CSV: /compare/overview.csv and /compare/<topic>.csv. Written a line at a time and built a
// section at a time: with thousands of regulations the overview's file is tens of megabytes.
import type { APIRoute } from 'astro';
import { AS_OF, getRegulations } from '../../data/regulations.ts';
import { TOPICS, comparisonCsvParts, type TopicId } from '../../lib/compare/overview.ts';
import { utf8Stream } from '../../lib/utf8-stream.ts';

export function getStaticPaths() {
  return ['overview', ...TOPICS.map((t) => t.id)].map((table) => ({ params: { table } }));
}

export const GET: APIRoute = async ({ params }) => {
  const topic = params.table === 'overview' ? undefined : (params.table as TopicId);
  const parts = comparisonCsvParts(await getRegulations(), AS_OF, topic);
  return new Response(utf8Stream(parts), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
