// Inputs for each kind of answer. Each is labelled, shows its problem beside
// it (aria-describedby), and a half-answered list item shows what it still
// lacks, as the wizard's Standards ask. The words are in wording/questions.ts.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AnswerProblem } from '../../lib/eligibility/answers.ts';
import {
  type Field,
  itemGaps,
  numberFromInput,
  type RegulationChoice,
  type SoughtChoice,
} from '../../lib/eligibility/wizard.ts';
import { type Attribute, attributesOf, FACTS, type FactDefinition, type FactId } from '../../lib/facts.ts';
import { OTHER_JURISDICTION } from '../../lib/jurisdiction.ts';
import {
  ADD_ITEM,
  helpOf,
  itemGapText,
  itemHeading,
  LIST_CHOICES,
  OTHER_SCHEME_CHOICE,
  PICK_CHOICE,
  partHintOf,
  partLabelOf,
  placeAnswerText,
  promptOf,
  removeItemLabel,
  soughtTierChoiceText,
  UNKNOWN_CHOICE,
} from '../../lib/wording/questions.ts';

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

const errorsFor = (problems: AnswerProblem[], field: string) =>
  problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`));
const ids = (...xs: (string | false | undefined)[]) => xs.filter(Boolean).join(' ') || undefined;

function Problems({ id, problems }: { id: string; problems: AnswerProblem[] }) {
  if (!problems.length) return null;
  return (
    <p class="field-error" id={id}>
      {problems.map((p) => p.message).join('；')}
    </p>
  );
}

function Choice({
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

interface InputBase {
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

function DateInput(p: InputProps) {
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
function WholeInput(p: InputProps & { min?: number }) {
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
function AmountInput(p: InputProps) {
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

function Select(p: InputProps & { blank: string; options: [string, string][] }) {
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

const placeOptions = (jurisdictions: string[]): [string, string][] => [
  ...jurisdictions.map((j): [string, string] => [j, placeAnswerText(j)]),
  [OTHER_JURISDICTION, placeAnswerText(OTHER_JURISDICTION)],
];

type Item = Record<string, unknown>;
type ListKind = 'events' | 'annual' | 'periods' | 'awards';

/** One part of a list item: its label and the control that fits it. */
function Part({
  fact,
  part,
  item,
  index,
  set,
  problems,
  gapId,
  context,
}: {
  fact: FactId;
  part: string;
  item: Item;
  index: number;
  set: (item: Item) => void;
  problems: AnswerProblem[];
  gapId?: string;
  context: FieldContext;
}) {
  const id = `item-${fact}-${index}-${part}`;
  const errors = errorsFor(problems, `${fact}.${index}.${part}`);
  const hint = partHintOf(part);
  const base: InputBase = {
    id,
    invalid: errors.length > 0,
    describedBy: ids(hint && `${id}-hint`, errors.length > 0 && `err-${fact}`, gapId),
  };
  const value = item[part];
  const onChange = (v: unknown) => set({ ...item, [part]: v });
  const label = partLabelOf(fact, part);
  const attribute: Attribute | undefined = attributesOf(fact)[part];

  if (attribute?.kind === 'boolean')
    return (
      <fieldset class="part" aria-describedby={base.describedBy}>
        <legend>{label}</legend>
        <Choice
          name={id}
          value={value}
          options={[
            [true, '是'],
            [false, '否'],
            [undefined, UNKNOWN_CHOICE],
          ]}
          onChange={onChange}
        />
      </fieldset>
    );

  let control: ComponentChildren;
  if (attribute?.kind === 'enum')
    control = (
      <Select
        {...base}
        value={value}
        onChange={onChange}
        blank={UNKNOWN_CHOICE}
        options={Object.entries(attribute.values).map(([v, e]) => [v, e.label])}
      />
    );
  else if (attribute?.kind === 'scheme')
    control = (
      <Select
        {...base}
        value={value}
        onChange={onChange}
        blank={UNKNOWN_CHOICE}
        options={[
          ...context.regulations.map((r): [string, string] => [r.id, r.shortName]),
          [OTHER_JURISDICTION, OTHER_SCHEME_CHOICE],
        ]}
      />
    );
  else if (attribute?.kind === 'amount') control = <AmountInput {...base} value={value} onChange={onChange} />;
  else if (part === 'year') control = <WholeInput {...base} value={value} onChange={onChange} min={1900} />;
  else if (part === 'place')
    control = (
      <Select
        {...base}
        value={value}
        onChange={onChange}
        blank={PICK_CHOICE}
        options={placeOptions(context.jurisdictions)}
      />
    );
  else if (part === 'regulation')
    // An award's regulation: its tiers change with it.
    control = (
      <Select
        {...base}
        value={value}
        onChange={(v) => set({ ...item, regulation: v, tier: undefined })}
        blank={PICK_CHOICE}
        options={context.regulations.map((r) => [r.id, r.shortName])}
      />
    );
  else if (part === 'tier') {
    const reg = context.regulations.find((r) => r.id === item.regulation);
    control = (
      <Select
        {...base}
        value={value}
        onChange={onChange}
        blank={PICK_CHOICE}
        options={(reg?.tiers ?? []).map((t) => [t.id, t.name])}
      />
    );
  } else control = <DateInput {...base} value={value} onChange={onChange} />;

  return (
    <span class="part">
      <label for={id}>{label}</label>
      {control}
      {hint && (
        <small class="note" id={`${id}-hint`}>
          {hint}
        </small>
      )}
    </span>
  );
}

/** The parts a list item shows: its date or year (a period's bounds, an award's fields) and the attributes asked. */
function partsShown(fact: FactId, kind: ListKind, asked: Set<string> | undefined): string[] {
  const own = {
    events: ['date'],
    annual: ['year'],
    periods: ['place', 'from', 'to'],
    awards: ['regulation', 'tier', 'date'],
  }[kind];
  return [...own, ...Object.keys(attributesOf(fact)).filter((a) => asked?.has(a))];
}

/**
 * A list answer: none, some (then the items), or not answered yet. 有 starts with one blank item, which stays a half
 * answer until filled (never read as 没有); the last item cannot be deleted, as 没有 says that.
 */
function ListAnswer({
  fact,
  kind,
  value,
  onChange,
  problems,
  errors,
  context,
}: {
  fact: FactId;
  kind: ListKind;
  value: unknown;
  onChange: (v: unknown) => void;
  problems: AnswerProblem[];
  errors: AnswerProblem[];
  context: FieldContext;
}) {
  const list = Array.isArray(value) ? (value as Item[]) : undefined;
  const mode = list === undefined ? 'unanswered' : list.length ? 'some' : 'none';
  const asked = context.asked.get(fact);
  const shown = partsShown(fact, kind, asked);
  return (
    <>
      <Choice
        name={fact}
        value={mode}
        describedBy={errors.length ? `err-${fact}` : undefined}
        options={[
          ['none', LIST_CHOICES.none],
          ['some', LIST_CHOICES.some],
          ['unanswered', LIST_CHOICES.unanswered],
        ]}
        onChange={(m) => onChange(m === 'none' ? [] : m === 'some' ? (list?.length ? list : [{}]) : undefined)}
      />
      {list && list.length > 0 && (
        <ol class="answer-list">
          {list.map((item, i) => {
            const gaps = itemGaps(fact, item, asked);
            const gapId = gaps.length ? `gap-${fact}-${i}` : undefined;
            const set = (v: Item) => onChange(list.map((x, j) => (j === i ? v : x)));
            return (
              <li key={i}>
                <fieldset class={`item${gaps.length ? ' incomplete' : ''}`}>
                  <legend>{itemHeading(kind, i)}</legend>
                  <div class="record">
                    {shown.map((part) => (
                      <Part
                        fact={fact}
                        part={part}
                        item={item && typeof item === 'object' ? item : {}}
                        index={i}
                        set={set}
                        problems={problems}
                        gapId={gapId}
                        context={context}
                      />
                    ))}
                  </div>
                  {gapId && (
                    <p class="item-gap" id={gapId}>
                      {itemGapText(fact, gaps)}
                    </p>
                  )}
                  {list.length > 1 && (
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => onChange(list.filter((_, j) => j !== i))}
                      aria-label={removeItemLabel(i)}
                    >
                      删除
                    </button>
                  )}
                </fieldset>
              </li>
            );
          })}
          {/* Keyed, so the button keeps the focus while an item is added above it. */}
          <li key="add">
            <button type="button" class="link-button" onClick={() => onChange([...list, {}])}>
              {ADD_ITEM}
            </button>
          </li>
        </ol>
      )}
    </>
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
          <ListAnswer
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
