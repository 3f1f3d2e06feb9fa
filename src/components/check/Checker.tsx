// The eligibility wizard (a Preact island): asks only what the regulations
// still in scope need, shows the verdicts as answers come in, and keeps the
// answers in this browser (local storage, or a share link's fragment). Nothing
// is sent anywhere: the rules are a static file and the engine runs here.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { answerContext, checkAll, type CheckInput } from '../../lib/eligibility/engine.ts';
import {
  decodeShare,
  encodeShare,
  usableAnswers,
  wizardSteps,
  type Field,
  type FormState,
} from '../../lib/eligibility/wizard.ts';
import { fullRulesNeeded, type IndexedRules } from '../../lib/eligibility/split.ts';
import { OTHER_JURISDICTION, placeIsWithin } from '../../lib/jurisdiction.ts';
import { Question } from './fields.tsx';
import { Report, Verdicts, tally } from './Results.tsx';
import { fetchJson } from '../fetch-json.ts';

const STORAGE_KEY = 'quality-award-atlas:check:v1';

interface Props {
  rulesUrl: string;
  base: string;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function loadState(): FormState {
  const shared = /^#a=([\w-]+)$/.exec(location.hash);
  if (shared) {
    const state = decodeShare(shared[1]);
    history.replaceState(history.state, '', location.pathname + location.search); // the answers leave the address bar
    if (state) return state;
  }
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved ? (JSON.parse(saved) as FormState) : {};
  } catch {
    return {};
  }
}

const stepFromUrl = () => Math.max(0, Number(new URLSearchParams(location.search).get('step') ?? 1) - 1);
/** After a step change, focus goes to the new step's heading (tabindex -1), not to <body> with the controls it was on. */
const focusStepTitle = () => {
  const from = document.activeElement;
  requestAnimationFrame(() => {
    // Unless the reader has already moved on to another control meanwhile.
    if (document.activeElement === from || document.activeElement === document.body)
      document.getElementById('step-title')?.focus();
  });
};

export default function Checker({ rulesUrl, base }: Props) {
  const [entries, setEntries] = useState<IndexedRules[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [state, setState] = useState<FormState>(loadState);
  const [stepIndex, setStepIndex] = useState(stepFromUrl);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const shownStep = useRef(stepIndex);
  shownStep.current = stepIndex;
  const today = localToday();

  useEffect(() => {
    fetchJson<{ regulations: IndexedRules[] }>(rulesUrl)
      .then((data) => setEntries(data.regulations))
      .catch((e: Error) => setLoadError(`规则文件载入失败：${e.message}`));
    // The browser's back and forward buttons change steps too.
    const onPop = () => {
      const i = stepFromUrl();
      if (i !== shownStep.current) focusStepTitle();
      setStepIndex(i);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      /* storage full or blocked: answers stay for this visit only */
    }
  }, [state]);

  // The index holds only place rules for most regulations; once the place is known, fetch the full rules of those covering it.
  const needed = entries ? fullRulesNeeded(entries, state.jurisdiction) : [];
  useEffect(() => {
    for (const id of needed) {
      fetchJson<CheckInput>(`${base}check/rules/${id}.json`)
        .then((full) => setEntries((prev) => prev?.map((e) => (e.id === full.id ? full : e)) ?? null))
        .catch((e: Error) => setLoadError(`规则文件载入失败：${e.message}`));
    }
  }, [needed.join(',')]);

  const ctx = useMemo(() => entries && answerContext(entries, today), [entries]);

  const navigate = (i: number) => {
    const params = new URLSearchParams(location.search);
    params.set('step', String(i + 1));
    history.pushState(null, '', `${location.pathname}?${params}`);
    setStepIndex(i);
    setShareUrl(null);
    focusStepTitle();
  };
  // A step past the place waits, on the place step, for the full rules it needs: the form stays
  // in place (and keeps the focus) until they arrive.
  const [waitingFor, setWaitingFor] = useState<number | null>(null);
  useEffect(() => {
    if (waitingFor !== null && !needed.length) {
      setWaitingFor(null);
      navigate(waitingFor);
    }
  }, [waitingFor, needed.length]);

  if (loadError)
    return (
      <p class="field-error" role="alert">
        {loadError}
      </p>
    );
  if (!entries || !ctx) return <p aria-busy="true">正在载入规则……</p>;
  // Opened (or reloaded) on a step past the place: its full rules come first.
  if (needed.length && stepIndex > 1) return <p aria-busy="true">正在载入您所在地的办法……</p>;

  const steps = wizardSteps(entries, state);
  const index = Math.min(stepIndex, steps.length - 1);
  const step = steps[index];
  const place = state.jurisdiction;
  const outOfPlace = new Set(
    typeof place === 'string' && place
      ? entries.filter((e) => !placeIsWithin(place, e.regulation)).map((e) => e.id)
      : [],
  );
  const { answers, problems } = usableAnswers(state, ctx);
  const checkDate = (answers.checkDate as string | undefined) ?? today;
  const verdicts = checkAll(entries, answers, checkDate);
  const regulations = entries.map((e) => ({
    id: e.id,
    shortName: e.regulation.shortName,
    tiers: e.regulation.tiers.map((t) => ({ id: t.id, name: t.name })),
  }));
  const answeredFields = steps.flatMap((s) => s.fields);

  const go = (i: number) => {
    if (i > 1 && needed.length) return setWaitingFor(i);
    setWaitingFor(null); // a step chosen now replaces one still waiting
    navigate(i);
  };
  const set = (field: Field, value: unknown) => setState((s) => ({ ...s, [field]: value }));
  const startOver = () => {
    localStorage.removeItem(STORAGE_KEY);
    setState({});
    go(0);
  };

  return (
    <div class="checker">
      <nav aria-label="步骤" class="steps">
        <p class="progress">
          第 {index + 1} 步，共 {steps.length} 步 <progress max={steps.length} value={index + 1} aria-hidden="true" />
        </p>
        <ol>
          {steps.map((s, i) => (
            <li>
              <a
                href={`?step=${i + 1}`}
                aria-current={i === index ? 'step' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  go(i);
                }}
              >
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div class="checker-body">
        <form
          class="wizard"
          onSubmit={(e) => {
            e.preventDefault();
            if (index < steps.length - 1) go(index + 1);
          }}
          noValidate
        >
          <h2 id="step-title" tabIndex={-1}>
            {step.title}
          </h2>
          {waitingFor !== null && (
            <p role="status" aria-busy="true">
              正在载入您所在地的办法……
            </p>
          )}
          {step.id === 'result' ? (
            <Report
              verdicts={verdicts}
              base={base}
              outOfPlace={outOfPlace}
              state={{ checkDate, ...state }}
              fields={answeredFields}
              checkDate={checkDate}
            />
          ) : (
            step.fields.map((f) => (
              <Question
                field={f}
                value={state[f]}
                problems={problems}
                onChange={(v) => set(f, v)}
                jurisdictions={ctx.jurisdictions}
                regulations={regulations}
              />
            ))
          )}
          {step.id === 'where' && state.jurisdiction === OTHER_JURISDICTION && (
            <p class="note">本站收录的办法都不覆盖您所在的地区；结果中各办法均因辖区不符而不适用。</p>
          )}
          <div class="wizard-actions">
            {index > 0 && (
              <button type="button" onClick={() => go(index - 1)}>
                上一步
              </button>
            )}
            {index < steps.length - 1 && (
              <button type="submit" class="primary">
                下一步
              </button>
            )}
            {step.id === 'result' && (
              <button type="button" class="primary" onClick={() => print()}>
                打印报告
              </button>
            )}
            {step.id === 'result' && (
              <button
                type="button"
                onClick={() => setShareUrl(`${location.origin}${location.pathname}#a=${encodeShare(state)}`)}
              >
                生成分享链接
              </button>
            )}
            <button type="button" class="link-button" onClick={startOver}>
              重新开始（清除回答）
            </button>
          </div>
          {shareUrl && (
            <p class="share">
              <label for="share-url">分享链接（回答在 # 之后，浏览器不会把它发送给服务器）</label>
              <input id="share-url" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
            </p>
          )}
        </form>
        {step.id !== 'result' && (
          <aside class="live-results" aria-labelledby="live-title">
            <h2 id="live-title">即时结果</h2>
            <p class="note" aria-live="polite">
              {answers.applicantType ? tally(verdicts) : '请先选择以组织还是个人身份申报。'}
            </p>
            {answers.applicantType && <Verdicts verdicts={verdicts} base={base} outOfPlace={outOfPlace} />}
          </aside>
        )}
      </div>
    </div>
  );
}
