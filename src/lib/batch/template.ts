// The batch checker's template: a column for each answer (ANSWER_COLUMNS), what each column holds, and an example
// applicant of each type, all derived from the facts registry and the codebook, so a new fact has its column, its
// explanation and its example with no edit here. Values only; src/lib/wording/batch-template.ts words them.
import { type ApplicantType, type Recipient, SOUGHT_TIERS } from '../codebook.ts';
import { ANSWER_COLUMNS, partsOf, ROW_LABEL_COLUMN } from '../eligibility/answer-row.ts';
import type { AnswerContext } from '../eligibility/answers.ts';
import { type Attribute, attributesOf, FACTS, type FactId, type FactType } from '../facts.ts';
import { OTHER_JURISDICTION } from '../jurisdiction.ts';

/** What a column holds: the row's label, one of the answers that are not facts, or a fact of a type. */
export type ColumnKind = 'label' | 'applicantType' | 'checkDate' | 'soughtTier' | FactType;

export interface TemplatePart {
  name: string;
  /** The attribute the part is, for an item's attributes (not its date, year, place…). */
  attribute?: Attribute;
}

export interface TemplateColumn {
  column: string;
  kind: ColumnKind;
  /** The fact the column answers, if it is one. */
  fact?: FactId;
  /** Who is asked (every applicant for the columns that are not facts). */
  askedOf: readonly Recipient[];
  /** The parts of a list item, in the order a cell gives them (none for single values). */
  parts: TemplatePart[];
}

const EVERYONE: readonly Recipient[] = ['organization', 'individual'];

const isFact = (column: string): column is FactId => Object.hasOwn(FACTS, column);

function columnOf(column: string): TemplateColumn {
  if (!isFact(column)) {
    const kind = column === ROW_LABEL_COLUMN ? 'label' : (column as ColumnKind);
    return { column, kind, askedOf: EVERYONE, parts: [] };
  }
  const attributes = attributesOf(column);
  return {
    column,
    kind: FACTS[column].type,
    fact: column,
    askedOf: FACTS[column].askedOf,
    parts: partsOf(column).map((name) => ({ name, ...(attributes[name] && { attribute: attributes[name] }) })),
  };
}

/** Every column of an applicant file, in ANSWER_COLUMNS' order. */
export const templateColumns = (): TemplateColumn[] => ANSWER_COLUMNS.map(columnOf);

/** Where the examples come from: the site's places and regulations, and the day they are written for. */
export type ExampleContext = Pick<AnswerContext, 'jurisdictions' | 'regulations' | 'today'>;

/** A day some whole years before the context's day, on a fixed month and day (so it is a real date in any year). */
const yearsBefore = (ctx: ExampleContext, years: number, monthDay: string) =>
  `${String(Number(ctx.today.slice(0, 4)) - years).padStart(4, '0')}-${monthDay}`;

/** An attribute's example value: the codebook's first value, no, an amount, or another scheme. */
function attributeExample(a: Attribute): unknown {
  switch (a.kind) {
    case 'enum':
      return Object.keys(a.values)[0];
    case 'boolean':
      return false;
    case 'amount':
      return 120.5;
    case 'scheme':
      return OTHER_JURISDICTION;
  }
}

const withAttributes = (fact: FactId, own: Record<string, unknown>) => ({
  ...own,
  ...Object.fromEntries(Object.entries(attributesOf(fact)).map(([k, a]) => [k, attributeExample(a)])),
});

/** An example answer for a column: a valid one, as of the context's day (none for the label, which is free text). */
export function exampleAnswer(column: TemplateColumn, type: ApplicantType, ctx: ExampleContext): unknown {
  const place = ctx.jurisdictions[0] ?? OTHER_JURISDICTION;
  const [regulation] = ctx.regulations;
  const fact = column.fact;
  switch (column.kind) {
    case 'label':
      return undefined;
    case 'applicantType':
      return type;
    case 'checkDate':
      return ctx.today;
    case 'soughtTier':
      return Object.keys(SOUGHT_TIERS)[0];
    case 'jurisdiction':
      return place;
    case 'date':
      return yearsBefore(ctx, 8, '06-01');
    case 'boolean':
      return true;
    case 'rank':
      return 1;
    case 'count':
      return 2;
    case 'events':
      return [withAttributes(fact!, { date: yearsBefore(ctx, 2, '03-15') })];
    case 'annual':
      // Two finished years, to show items apart.
      return [2, 1].map((n) => withAttributes(fact!, { year: Number(ctx.today.slice(0, 4)) - n }));
    case 'periods':
      return [{ place, from: yearsBefore(ctx, 10, '01-01') }];
    case 'awards':
      return regulation?.tiers[0]
        ? [{ regulation: regulation.id, tier: regulation.tiers[0], date: yearsBefore(ctx, 6, '12-01') }]
        : [];
  }
}

/** An example applicant of a type: an answer to every column asked of it. */
export function exampleApplicant(type: ApplicantType, ctx: ExampleContext): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const c of templateColumns())
    if (c.kind !== 'label' && c.askedOf.includes(type)) answers[c.column] = exampleAnswer(c, type, ctx);
  return answers;
}
