// What a field of the content schema expects, said in words for a problem
// message: its shape ({everyYears, cite, note?}), whether a list may be empty,
// and the field's own description from the schema. Read from the zod schema
// itself, so the messages follow the schema as it changes.
import { regulationSchema } from '../schema.ts';
import type { PathKey } from './problems.ts';

// The little of zod's internal definition this reads (zod 4's `_zod.def`).
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  out?: Schema;
  entries?: Record<string, string | number>;
  options?: Schema[];
  checks?: { _zod: { def: { check: string; minimum?: number } } }[];
}
interface Schema {
  _zod: { def: Def };
  description?: string;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'pipe', 'catch', 'nonoptional']);
const inner = (d: Def): Schema | undefined => (d.type === 'pipe' ? d.out : d.innerType);

/** The schema under its optional/nullable/preprocess wrappers, with the first description met on the way. */
function unwrap(s: Schema): { schema: Schema; description?: string } {
  let description = s.description;
  while (WRAPPERS.has(s._zod.def.type) && inner(s._zod.def)) {
    s = inner(s._zod.def)!;
    description ??= s.description;
  }
  return { schema: s, description };
}

const isOptional = (s: Schema) => s._zod.def.type === 'optional';
const minLength = (s: Schema) =>
  s._zod.def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;

/** The schema of the field at a path (array indices step into the element), or undefined. */
export function schemaAt(
  path: readonly PathKey[],
  root: Schema = regulationSchema as unknown as Schema,
): { schema: Schema; description?: string } | undefined {
  let here = unwrap(root);
  for (const key of path) {
    const d = here.schema._zod.def;
    const next = typeof key === 'number' ? d.element : d.shape?.[key];
    if (!next) return undefined;
    here = unwrap(next);
  }
  return here;
}

/** The shape a schema expects: text, a number, one of draft, final, {everyYears, cite, note?}, a list of … */
export function expectedShape(s: Schema): string {
  const { schema } = unwrap(s);
  const d = schema._zod.def;
  switch (d.type) {
    case 'object':
      return `{${Object.entries(d.shape ?? {})
        .map(([k, v]) => (isOptional(v) ? `${k}?` : k))
        .join(', ')}}`;
    case 'array': {
      const min = minLength(schema);
      const element = unwrap(d.element!);
      const of = `${expectedShape(element.schema)}${element.description ? ` (${element.description})` : ''}`;
      return min
        ? `a list (at least ${min === 1 ? 'one' : min}) of ${of}`
        : `a list of ${of}, or [] if the text has none`;
    }
    case 'enum':
      return `one of ${Object.values(d.entries ?? {}).join(', ')}`;
    case 'union':
      return (d.options ?? []).map(expectedShape).join(' or ');
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    default:
      return d.type;
  }
}

/** What the field at a path expects, with its description: `{everyYears, cite, note?} — 评选周期：每 N 年一次`. */
export function expectedAt(path: readonly PathKey[]): string | undefined {
  const here = schemaAt(path);
  if (!here) return undefined;
  return `${expectedShape(here.schema)}${here.description ? ` — ${here.description}` : ''}`;
}
