// What the template's examples and the column guide are written from: the atlas's places and regulations, and the
// build day (the day statuses are computed for). Shared by the page and its two CSV files.
import { AS_OF, getRegulations } from '../../../data/regulations.ts';
import type { ExampleContext } from '../../../lib/batch/template.ts';
import { answerContext, rulesOf } from '../../../lib/eligibility/engine.ts';

export async function exampleContext(): Promise<ExampleContext> {
  const regs = await getRegulations();
  return answerContext(
    regs.map((r) => ({ id: r.id, regulation: rulesOf(r.regulation) })),
    AS_OF,
  );
}
