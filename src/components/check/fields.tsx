// Inputs for each kind of answer. Each is labelled, shows its problem beside
// it (aria-describedby), and a half-answered list item shows what it still
// lacks, as the wizard's Standards ask. The words are in wording/questions.ts.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AnswerProblem } from '../../lib/eligibility/answers.ts';
import { type Field, numberFromInput, type RegulationChoice, type SoughtChoice } from '../../lib/eligibility/wizard.ts';
import { FACTS, type FactDefinition, type FactId } from '../../lib/facts.ts';
import { OTHER_JURISDICTION } from '../../lib/jurisdiction.ts';
import {
  helpOf,
  LIST_CHOICES,
  PICK_CHOICE,
  placeAnswerText,
  promptOf,
  soughtTierChoiceText,
} from '../../lib/wording/questions.ts';
import { LOADING_LIST, listFailedText } from '../../lib/wording/live.ts';
import { loadOnce, useLoaded } from './load-once.ts';

/** What the inputs offer: the site's places and regulations, the attributes asked, the awards one may seek. */
export interface FieldContext {
  jurisdictions: string[];
  regulations: RegulationChoice[];
  /** The attributes asked of each record's items (those some regulation in scope tests). */
  asked: Map<FactId, Set<string>>;
  sought: SoughtChoice[];
}

export interface FieldProps {
  field: Field;
  value: unknown;
  problems: AnswerProblem[];
  onChange: (value: unknown) => void;
  context: FieldContext;
}

export const errorsFor = (problems: AnswerProblem[], field: string) =>
  problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`));
export const ids = (...xs: (string | false | undefined)[]) => xs.filter(Boolean).join(' ') || undefined;

function Problems({ id, problems }: { id: string; problems: AnswerProblem[] }) {
  if (!problems.length) return null;
  return (
    <p class="field-error" id={id}>
      {problems.map((p) => p.message).join('；')}
    </p>
  );
}

export function Choice({
  name,
  value,
  options,
  onChange,
  describedBy,
}: {
  name: string;
  value: unknown;
  options: [unknown, string][];
  onChange: (v: unknown) => void;
  describedBy?: string;
}) {
  return (
    <div class="choices">
      {options.map(([v, label]) => (
        <label>
          <input
            type="radio"
            name={name}
            checked={value === v}
            onChange={() => onChange(v)}
            aria-describedby={describedBy}
          />{' '}
          {label}
        </label>
      ))}
    </div>
  );
}

interface Framed {
  id: string;
  /** The legend of a group, or the label of a single input. */
  heading: string;
  help?: string;
  errors: AnswerProblem[];
  children: ComponentChildren;
}

/** A question's hint, its controls, and its problems. */
const Body = ({ id, help, errors, children }: Omit<Framed, 'heading'>) => (
  <>
    {help && (
      <p class="note" id={`help-${id}`}>
        {help}
      </p>
    )}
    {children}
    <Problems id={`err-${id}`} problems={errors} />
  </>
);

/** A question of several controls (radios, a list), under its legend. */
function Group({ heading, ...body }: Framed) {
  const { id, help, errors } = body;
  return (
    <fieldset
      class={`question${errors.length ? ' has-error' : ''}`}
      id={`q-${id}`}
      aria-invalid={errors.length ? 'true' : undefined}
      aria-describedby={ids(help && `help-${id}`, errors.length > 0 && `err-${id}`)}
    >
      <legend>{heading}</legend>
      <Body {...body} />
    </fieldset>
  );
}

/** A question of one input, labelled above it. */
function Single({ heading, ...body }: Framed) {
  return (
    <div class={`question${body.errors.length ? ' has-error' : ''}`}>
      <label for={`in-${body.id}`}>{heading}</label>
      <Body {...body} />
    </div>
  );
}

export interface InputBase {
  id: string;
  invalid: boolean;
  describedBy?: string;
}
interface InputProps extends InputBase {
  value: unknown;
  onChange: (v: unknown) => void;
}
/** What every control carries: its id (its label's target), whether it is invalid, and what describes it. */
const controlAttrs = ({ id, invalid, describedBy }: InputBase) => ({
  id,
  'aria-invalid': invalid ? ('true' as const) : undefined,
  'aria-describedby': describedBy,
});

export function DateInput(p: InputProps) {
  return (
    <input
      {...controlAttrs(p)}
      type="date"
      value={typeof p.value === 'string' ? p.value : ''}
      onInput={(e) => p.onChange(e.currentTarget.value || undefined)}
    />
  );
}

/** A whole number (a rank, a count, a year): blank is unanswered. */
export function WholeInput(p: InputProps & { min?: number }) {
  return (
    <input
      {...controlAttrs(p)}
      type="number"
      inputMode="numeric"
      step={1}
      min={p.min}
      value={typeof p.value === 'number' ? String(p.value) : ''}
      onInput={(e) => p.onChange(numberFromInput(e.currentTarget.value))}
    />
  );
}

/**
 * An amount in 万元, which may be negative: a text input (phone keypads of number inputs often lack the minus), its
 * text kept as typed while a number is read from it; text that is no number is passed on for validation to report.
 */
export function AmountInput(p: InputProps) {
  const shown = p.value === undefined ? '' : String(p.value);
  const [text, setText] = useState(shown);
  useEffect(() => {
    if (numberFromInput(text) !== p.value && text !== p.value) setText(shown);
  }, [p.value]);
  return (
    <input
      {...controlAttrs(p)}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onInput={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        p.onChange(numberFromInput(t) ?? (t.trim() ? t.trim() : undefined));
      }}
    />
  );
}

export function Select(p: InputProps & { blank: string; options: [string, string][] }) {
  return (
    <select
      {...controlAttrs(p)}
      value={typeof p.value === 'string' ? p.value : ''}
      onChange={(e) => p.onChange(e.currentTarget.value || undefined)}
    >
      <option value="">{p.blank}</option>
      {p.options.map(([v, label]) => (
        <option value={v}>{label}</option>
      ))}
    </select>
  );
}

export const placeOptions = (jurisdictions: string[]): [string, string][] => [
  ...jurisdictions.map((j): [string, string] => [j, placeAnswerText(j)]),
  [OTHER_JURISDICTION, placeAnswerText(OTHER_JURISDICTION)],
];

export type Item = Record<string, unknown>;
export type ListKind = 'events' | 'annual' | 'periods' | 'awards';

/** One part of a list item: its label and the control that fits it. */
export interface ListAnswerProps {
  fact: FactId;
  kind: ListKind;
  value: unknown;
  onChange: (v: unknown) => void;
  problems: AnswerProblem[];
  errors: AnswerProblem[];
  context: FieldContext;
}

const listAnswer = loadOnce(() => import('./list-answer.tsx'));

/** The editor of a list of records, loaded with the first step that asks for one (or ahead, once a place is known). */
export const loadListAnswer = listAnswer.load;

function LazyListAnswer(props: ListAnswerProps) {
  const { module, failed } = useLoaded(listAnswer);
  if (module) return <module.ListAnswer {...props} />;
  return failed ? (
    <p class="field-error" role="alert">
      {listFailedText(failed)}
    </p>
  ) : (
    <p aria-busy="true">{LOADING_LIST}</p>
  );
}

export function Question(props: FieldProps) {
  const { field, value, problems, onChange, context } = props;
  const errors = errorsFor(problems, field);
  const err = errors.length ? `err-${field}` : undefined;
  const label = promptOf(field);
  const help = helpOf(field);
  const inputId = `in-${field}`;
  const input: InputBase = { id: inputId, invalid: errors.length > 0, describedBy: ids(help && `help-${field}`, err) };

  if (field === 'applicantType') {
    return (
      <Group id={field} heading={label} errors={errors}>
        <Choice
          name={field}
          value={value}
          options={[
            ['organization', '组织（企业、事业单位、社会组织等）'],
            ['individual', '个人'],
          ]}
          onChange={onChange}
          describedBy={err}
        />
      </Group>
    );
  }
  if (field === 'soughtTier') {
    return (
      <Group id={field} heading={label} help={help} errors={errors}>
        <Choice
          name={field}
          value={value ?? 'any'}
          options={context.sought.map((c) => [c.kind, soughtTierChoiceText(c.kind, c.tierNames)])}
          onChange={(v) => onChange(v === 'any' ? undefined : v)}
          describedBy={err}
        />
      </Group>
    );
  }
  if (field === 'checkDate') {
    return (
      <Single id={field} heading={label} help={help} errors={errors}>
        <DateInput {...input} value={value} onChange={onChange} />
      </Single>
    );
  }
  const fact: FactDefinition = FACTS[field];
  switch (fact.type) {
    case 'date':
      return (
        <Single id={field} heading={label} help={help} errors={errors}>
          <DateInput {...input} value={value} onChange={onChange} />
        </Single>
      );
    case 'jurisdiction':
      return (
        <Single id={field} heading={label} help={help} errors={errors}>
          <Select
            {...input}
            value={value}
            onChange={onChange}
            blank={PICK_CHOICE}
            options={placeOptions(context.jurisdictions)}
          />
        </Single>
      );
    case 'boolean':
      return (
        <Group id={field} heading={label} help={help} errors={errors}>
          <Choice
            name={field}
            value={value}
            options={[
              [true, '是'],
              [false, '否'],
              [undefined, LIST_CHOICES.unanswered],
            ]}
            onChange={onChange}
            describedBy={err}
          />
        </Group>
      );
    case 'rank':
    case 'count':
      return (
        <Single id={field} heading={label} help={help} errors={errors}>
          <WholeInput {...input} value={value} onChange={onChange} min={fact.type === 'rank' ? 1 : 0} />
        </Single>
      );
    default:
      return (
        <Group id={field} heading={label} help={help} errors={errors}>
          <LazyListAnswer
            fact={field as FactId}
            kind={fact.type}
            value={value}
            onChange={onChange}
            problems={problems}
            errors={errors}
            context={context}
          />
        </Group>
      );
  }
}
