// The buttons under a step: back, next (the form's submit, so Enter moves on), and on the result step print and a
// share link (with a button that copies it); start over everywhere. Keyed by step, so a share link made on one step
// is gone on the next.
import { useRef, useState } from 'preact/hooks';
import type { FormState, StepId } from '../../lib/eligibility/wizard.ts';
import { COPY_SHARE_LINK, SHARE_LINK_COPIED, SHARE_LINK_SELECTED } from '../../lib/wording/workspace.ts';
import { copyText } from './copy-text.ts';
import { shareLinkHere } from './share-link.ts';

interface Props {
  step: StepId;
  onBack?: () => void;
  /** Whether a step follows: the submit button moves to it. */
  hasNext: boolean;
  onStartOver: () => void;
  state: FormState;
}

/** The share link, a button that copies it, and a line that says (to screen readers too) whether it was copied. */
function ShareBox({ url }: { url: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    if (await copyText(url)) return setStatus(SHARE_LINK_COPIED);
    // Refused: the link is selected, to be copied by hand.
    input.current?.focus();
    input.current?.select();
    setStatus(SHARE_LINK_SELECTED);
  };
  return (
    <div class="share">
      <label for="share-url">分享链接（回答在 # 之后，浏览器不会把它发送给服务器）</label>
      <span class="share-row">
        <input id="share-url" ref={input} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          {COPY_SHARE_LINK}
        </button>
      </span>
      <span class="share-status" role="status">
        {status}
      </span>
    </div>
  );
}

export function WizardActions({ step, onBack, hasNext, onStartOver, state }: Props) {
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const atResult = step === 'result';
  return (
    <>
      <div class="wizard-actions">
        {onBack && (
          <button type="button" onClick={onBack}>
            上一步
          </button>
        )}
        {hasNext && (
          <button type="submit" class="primary">
            下一步
          </button>
        )}
        {atResult && (
          <button type="button" class="primary" onClick={() => print()}>
            打印报告
          </button>
        )}
        {atResult && (
          <button type="button" onClick={() => setShareUrl(shareLinkHere(state))}>
            生成分享链接
          </button>
        )}
        <button type="button" class="link-button" onClick={onStartOver}>
          重新开始（清除回答）
        </button>
      </div>
      {shareUrl && <ShareBox url={shareUrl} />}
    </>
  );
}
