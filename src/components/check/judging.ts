// What judges the answers and shows the verdicts beside the questions: the engine, the findings' words and their
// components. The checker page loads it once there is something to judge (a place answered, or the result step), so
// that opening the checker and answering its first questions downloads none of it (docs/adr/0028).
export { checkAll } from '../../lib/eligibility/engine.ts';
export { LiveResults } from './LiveResults.tsx';
