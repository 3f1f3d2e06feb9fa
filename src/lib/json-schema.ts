// The published JSON Schema of a regulation file, and a flat field list of it
// for the codebook page — both generated from the zod schema.
import { z } from 'zod';
import { regulationSchema, SCHEMA_VERSION } from './schema.ts';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  [k: string]: unknown;
};

export function regulationJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(regulationSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return {
    ...schema,
    $id: 'regulations.schema.json',
    title: `Quality Award Atlas regulation, schema ${SCHEMA_VERSION}`,
  };
}

export interface FieldDoc {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((e) => JSON.stringify(e)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.anyOf) return s.anyOf.map(typeOf).join(' | ');
  if (s.type === 'array') return `${s.items ? typeOf(s.items) : 'any'}[]`;
  if (Array.isArray(s.type)) return s.type.join(' | ');
  return s.type ?? 'any';
}

/** Every field of the schema with its description, depth-first; citations are listed once. */
export function fieldDocs(schema: JsonSchema = regulationJsonSchema()): FieldDoc[] {
  const out: FieldDoc[] = [];
  const walk = (s: JsonSchema, path: string, required: boolean, inherited?: string) => {
    const target = s.type === 'array' && s.items ? s.items : (s.anyOf?.find((x) => x.properties) ?? s);
    if (path)
      out.push({
        path,
        type: typeOf(s),
        required,
        description: s.description ?? target.description ?? inherited ?? '',
      });
    if (!target.properties) return;
    for (const [key, child] of Object.entries(target.properties)) {
      const childPath = path ? `${path}${s.type === 'array' ? '[]' : ''}.${key}` : key;
      if ((key === 'cite' || key === 'cites') && path) continue;
      walk(child, childPath, target.required?.includes(key) ?? false);
    }
  };
  walk(schema, '', true);
  return out;
}
