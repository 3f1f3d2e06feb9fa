// Transitional: the registry moved to src/lib/facts.ts and the questions to
// src/lib/wording/questions.ts. This joins them for importers not yet moved.
import { FACTS as REGISTRY, type FactId } from '../facts.ts';
import { FACT_QUESTIONS } from '../wording/questions.ts';

export { type FactDefinition, type FactId, type FactType, TEST_OPS, type TestOp } from '../facts.ts';

export const FACTS = Object.fromEntries(
  (Object.keys(REGISTRY) as FactId[]).map((id) => [id, { ...REGISTRY[id], ...FACT_QUESTIONS[id] }]),
) as { [K in FactId]: (typeof REGISTRY)[K] & (typeof FACT_QUESTIONS)[K] };
