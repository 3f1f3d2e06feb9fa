// Each comparison table as CSV: /compare/overview.csv and /compare/<topic>.csv.
import type { APIRoute } from 'astro';
import { AS_OF, getRegulations } from '../../data/regulations.ts';
import { TOPICS, buildComparison, comparisonCsv, type TopicId } from '../../lib/compare/overview.ts';

export function getStaticPaths() {
  return ['overview', ...TOPICS.map((t) => t.id)].map((table) => ({ params: { table } }));
}

export const GET: APIRoute = async ({ params }) => {
  const topic = params.table === 'overview' ? undefined : (params.table as TopicId);
  const csv = comparisonCsv(buildComparison(await getRegulations(), AS_OF, topic));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
