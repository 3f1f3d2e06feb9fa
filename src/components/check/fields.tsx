// Inputs for each kind of answer. Each is labelled, and shows its problem
// beside it (aria-describedby), as the wizard's Standards ask.
import type { ComponentChildren } from 'preact';
import { BAN_CAUSES } from '../../lib/codebook.ts';
import type { AnswerProblem } from '../../lib/eligibility/answers.ts';
import type { Field, RegulationChoice } from '../../lib/eligibility/wizard.ts';
import { FACTS, type FactDefinition, type FactId } from '../../lib/facts.ts';
import { OTHER_JURISDICTION } from '../../lib/jurisdiction.ts';
import { helpOf, placeAnswerText, promptOf } from '../../lib/wording/questions.ts';

export interface FieldProps {
  field: Field;
  value: unknown;
  problems: AnswerProblem[];
  onChange: (value: unknown) => void;
  jurisdictions: string[];
  regulations: RegulationChoice[];
}

const errorsFor = (problems: AnswerProblem[], field: string) =>
  problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`));

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

function Group({
  id,
  legend,
  help,
  errors,
  children,
}: {
  id: string;
  legend: string;
  help?: string;
  errors: AnswerProblem[];
  children: ComponentChildren;
}) {
  return (
    <fieldset
      class={`question${errors.length ? ' has-error' : ''}`}
      id={`q-${id}`}
      aria-invalid={errors.length ? 'true' : undefined}
      aria-describedby={errors.length ? `err-${id}` : undefined}
    >
      <legend>{legend}</legend>
      {help && <p class="note">{help}</p>}
      {children}
      <Problems id={`err-${id}`} problems={errors} />
    </fieldset>
  );
}

/** A list answer: none, some (then the items), or not answered yet. */
function ListAnswer({
  field,
  value,
  onChange,
  errors,
  renderItem,
  blank,
}: {
  field: string;
  value: unknown;
  onChange: (v: unknown) => void;
  errors: AnswerProblem[];
  // biome-ignore lint/suspicious/noExplicitAny: each list field renders items of its own type
  renderItem: (item: any, i: number, set: (v: unknown) => void) => ComponentChildren;
  blank: unknown;
}) {
  const list = Array.isArray(value) ? value : undefined;
  const mode = list === undefined ? 'unanswered' : list.length ? 'some' : 'none';
  return (
    <>
      <Choice
        name={field}
        value={mode}
        describedBy={errors.length ? `err-${field}` : undefined}
        options={[
          ['none', '没有'],
          ['some', '有'],
          ['unanswered', '暂不回答'],
        ]}
        onChange={(m) => onChange(m === 'none' ? [] : m === 'some' ? (list?.length ? list : [blank]) : undefined)}
      />
      {list && list.length > 0 && (
        <ol class="answer-list">
          {list.map((item, i) => (
            <li>
              {renderItem(item, i, (v) => onChange(list.map((x, j) => (j === i ? v : x))))}
              <button
                type="button"
                class="link-button"
                onClick={() => onChange(list.filter((_, j) => j !== i))}
                aria-label={`删除第 ${i + 1} 项`}
              >
                删除
              </button>
            </li>
          ))}
          <li>
            <button type="button" class="link-button" onClick={() => onChange([...list, blank])}>
              再添加一项
            </button>
          </li>
        </ol>
      )}
    </>
  );
}

export function Question(props: FieldProps) {
  const { field, value, problems, onChange } = props;
  const errors = errorsFor(problems, field);
  const err = errors.length ? `err-${field}` : undefined;
  const label = promptOf(field);
  const help = helpOf(field);
  const inputId = `in-${field}`;

  if (field === 'applicantType') {
    return (
      <Group id={field} legend={label} errors={errors}>
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
  if (field === 'checkDate' || (field in FACTS && FACTS[field as FactId].type === 'date')) {
    return (
      <div class={`question${errors.length ? ' has-error' : ''}`}>
        <label for={inputId}>{label}</label>
        <input
          id={inputId}
          type="date"
          value={(value as string) ?? ''}
          onInput={(e) => onChange(e.currentTarget.value || undefined)}
          aria-invalid={errors.length ? 'true' : undefined}
          aria-describedby={err}
        />
        <Problems id={`err-${field}`} problems={errors} />
      </div>
    );
  }
  if (field === 'jurisdiction') {
    return (
      <div class={`question${errors.length ? ' has-error' : ''}`}>
        <label for={inputId}>{label}</label>
        <p class="note" id={`help-${field}`}>
          {help}
        </p>
        <select
          id={inputId}
          value={(value as string) ?? ''}
          onChange={(e) => onChange(e.currentTarget.value || undefined)}
          aria-invalid={errors.length ? 'true' : undefined}
          aria-describedby={[`help-${field}`, err].filter(Boolean).join(' ')}
        >
          <option value="">请选择</option>
          {props.jurisdictions.map((j) => (
            <option value={j}>{placeAnswerText(j)}</option>
          ))}
          <option value={OTHER_JURISDICTION}>{placeAnswerText(OTHER_JURISDICTION)}</option>
        </select>
        <Problems id={`err-${field}`} problems={errors} />
      </div>
    );
  }
  if (field === 'earlierAwards' || field === 'sanctions') {
    const isAward = field === 'earlierAwards';
    return (
      <Group id={field} legend={label} errors={errors}>
        <ListAnswer
          field={field}
          value={value}
          onChange={onChange}
          errors={errors}
          blank={isAward ? { regulation: '', tier: '', date: '' } : { regulation: '', cause: '', date: '' }}
          renderItem={(item, i, set) => {
            const reg = props.regulations.find((r) => r.id === item.regulation);
            return (
              <span class="record">
                <label>
                  办法{' '}
                  <select
                    value={item.regulation}
                    onChange={(e) =>
                      set({ ...item, regulation: e.currentTarget.value, ...(isAward ? { tier: '' } : {}) })
                    }
                  >
                    <option value="">请选择</option>
                    {props.regulations.map((r) => (
                      <option value={r.id}>{r.shortName}</option>
                    ))}
                  </select>
                </label>
                {isAward ? (
                  <label>
                    奖项{' '}
                    <select value={item.tier} onChange={(e) => set({ ...item, tier: e.currentTarget.value })}>
                      <option value="">请选择</option>
                      {reg?.tiers.map((t) => (
                        <option value={t.id}>{t.name}</option>
                      ))}
                    </select>
                  </label>
                ) : (
                  <label>
                    原因{' '}
                    <select value={item.cause} onChange={(e) => set({ ...item, cause: e.currentTarget.value })}>
                      <option value="">请选择</option>
                      {Object.entries(BAN_CAUSES).map(([k, c]) => (
                        <option value={k}>{c.label}</option>
                      ))}
                    </select>
                  </label>
                )}
                <label>
                  {isAward ? '获奖日期' : '认定日期'}{' '}
                  <input
                    type="date"
                    value={item.date}
                    onInput={(e) => set({ ...item, date: e.currentTarget.value })}
                    aria-describedby={errorsFor(problems, `${field}.${i}`).length ? `err-${field}` : undefined}
                  />
                </label>
              </span>
            );
          }}
        />
      </Group>
    );
  }
  const fact: FactDefinition = FACTS[field as FactId];
  if (fact.type === 'boolean') {
    return (
      <Group id={field} legend={label} errors={errors}>
        <Choice
          name={field}
          value={value}
          options={[
            [true, '是'],
            [false, '否'],
            [undefined, '暂不回答'],
          ]}
          onChange={onChange}
          describedBy={err}
        />
      </Group>
    );
  }
  if (fact.type === 'rank') {
    return (
      <div class={`question${errors.length ? ' has-error' : ''}`}>
        <label for={inputId}>{label}</label>
        {help && <p class="note">{help}</p>}
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          step={1}
          value={value === undefined ? '' : String(value)}
          onInput={(e) => {
            const v = e.currentTarget.value;
            onChange(v === '' ? undefined : Number(v));
          }}
          aria-invalid={errors.length ? 'true' : undefined}
          aria-describedby={err}
        />
        <Problems id={`err-${field}`} problems={errors} />
      </div>
    );
  }
  // dates or years
  const years = fact.type === 'years';
  return (
    <Group id={field} legend={label} help={help} errors={errors}>
      <ListAnswer
        field={field}
        value={value}
        onChange={onChange}
        errors={errors}
        blank=""
        renderItem={(item, i, set) => (
          // biome-ignore lint/a11y/noLabelWithoutControl: the input is inside the label, in either branch
          <label>
            {years ? `年度 ${i + 1}` : `日期 ${i + 1}`}{' '}
            {years ? (
              <input
                type="number"
                inputMode="numeric"
                value={item === '' ? '' : String(item)}
                onInput={(e) => set(e.currentTarget.value === '' ? '' : Number(e.currentTarget.value))}
              />
            ) : (
              <input type="date" value={item} onInput={(e) => set(e.currentTarget.value)} />
            )}
          </label>
        )}
      />
    </Group>
  );
}
