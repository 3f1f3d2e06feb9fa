// The editor of a list of records (events, years, periods, awards): its items, each part labelled, what a
// half-answered item still lacks, and the choice of none or unanswered. Loaded with the first step that asks for a
// list (fields.tsx), so opening the checker does not download it (docs/adr/0028).
import type { ComponentChildren } from 'preact';
import type { AnswerProblem } from '../../lib/eligibility/answers.ts';
import { itemGaps } from '../../lib/eligibility/wizard.ts';
import { type Attribute, attributesOf, type FactId } from '../../lib/facts.ts';
import { OTHER_JURISDICTION } from '../../lib/jurisdiction.ts';
import {
  ADD_ITEM,
  itemGapText,
  itemHeading,
  LIST_CHOICES,
  OTHER_SCHEME_CHOICE,
  PICK_CHOICE,
  partHintOf,
  partLabelOf,
  removeItemLabel,
  UNKNOWN_CHOICE,
} from '../../lib/wording/questions.ts';
import {
  AmountInput,
  Choice,
  DateInput,
  errorsFor,
  type FieldContext,
  ids,
  type InputBase,
  type Item,
  type ListAnswerProps,
  type ListKind,
  placeOptions,
  Select,
  WholeInput,
} from './fields.tsx';

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
export function ListAnswer({ fact, kind, value, onChange, problems, errors, context }: ListAnswerProps) {
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
