// Parses and validates one regulation content file (YAML) against the schema,
// reporting every problem with its file, line and field.
import jsYaml from 'js-yaml';
import { regulationSchema, type Regulation } from '../schema.ts';
import { excerptList } from './excerpt.ts';
import { expectedAt, schemaAt } from './expectations.ts';
import { boundedProblems, formatPath, type ContentProblem, type PathKey } from './problems.ts';
import { aliasProblem } from './yaml-bounds.ts';
import { locatedYaml, syntaxProblems } from './yaml-lines.ts';

export interface ParsedContentFile {
  file: string;
  regulation?: Regulation;
  /** The file's content as read, when it is valid YAML: set even when the schema rejects it. */
  data?: unknown;
  problems: ContentProblem[];
  /** Line of the field at `path`, or of its nearest ancestor present in the file. */
  lineOf: (path: readonly PathKey[]) => number | undefined;
}

export function parseRegulationFile(file: string, yamlText: string): ParsedContentFile {
  // Two YAML readers: js-yaml reads the data (ten times faster, which counts with thousands of
  // files), and \`yaml\`, which keeps every node's position, is only asked where a problem needs
  // its line. Both read YAML 1.2's core schema (dates stay strings); tests hold them to the same data.
  const { locate, lineOf } = locatedYaml(yamlText);
  // Before any reader builds the data: js-yaml would share an aliased node, and every walk of it multiplies.
  const aliased = aliasProblem(file, yamlText, locate);
  if (aliased) return { file, lineOf, problems: [aliased] };

  let data: unknown;
  try {
    data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    // Not valid YAML: \`yaml\` reports every error with its line.
    const { doc } = locate();
    if (doc.errors.length) {
      return {
        file,
        lineOf,
        problems: syntaxProblems(file, doc),
      };
    }
    data = doc.toJS();
  }
  const result = regulationSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    // Line numbers are found for the problems told only: a file may hold thousands.
    const problems = boundedProblems(result.error.issues, file, (issue) => {
      const path = issue.path as PathKey[];
      return { file, line: lineOf(path), field: formatPath(path), message: describeIssue(issue, path) };
    });
    return { file, lineOf, data, problems };
  }
  return { file, lineOf, data, regulation: result.data, problems: [] };
}

type Issue = {
  code: string;
  message: string;
  input?: unknown;
  expected?: unknown;
  keys?: string[];
  origin?: string;
  maximum?: number | bigint;
};

/**
 * Zod's message, said plainly for the cases authors meet most. A field left out
 * or left empty (as a starter file leaves what is still to code) is told with
 * the shape and meaning the schema gives it, so the message says what to write.
 */
function describeIssue(issue: Issue, path: PathKey[]): string {
  const absent = issue.input === undefined || issue.input === null;
  if (absent && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const expected = expectedAt(path) ?? String(issue.expected);
    return issue.input === undefined ? `missing required field: expected ${expected}` : `empty: expected ${expected}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array' && Array.isArray(issue.input) && !issue.input.length) {
    return `empty list: expected ${expectedAt(path) ?? 'at least one item'}`;
  }
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${excerptList(issue.keys, { quoted: true })}: expected only the fields of the schema (see the codebook)`;
  }
  if (issue.code === 'too_big' && (typeof issue.input === 'string' || Array.isArray(issue.input))) {
    const description = schemaAt(path)?.description;
    const size =
      typeof issue.input === 'string'
        ? `too long: ${issue.input.length} characters`
        : `too many items: ${issue.input.length}`;
    return `${size}: expected at most ${issue.maximum}${description ? ` — ${description}` : ''}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}
