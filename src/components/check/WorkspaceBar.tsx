// The workspace's bar above the wizard: which applicant is shown (a select), and the moves on the list: add,
// duplicate, rename, delete; export to and import from a file. Every control is labelled and reached by keyboard;
// the bar is not printed (the report is).
import { useEffect, useRef, useState } from 'preact/hooks';
import { isFull, MAX_NAME } from '../../lib/eligibility/workspace.ts';
import {
  ADD_LABEL,
  CANCEL_LABEL,
  CURRENT_LABEL,
  countText,
  DELETE_LABEL,
  DUPLICATE_LABEL,
  deleteLabelOf,
  EXPORT_LABEL,
  FILES_LABEL,
  FULL_TEXT,
  IMPORT_HINT,
  IMPORT_LABEL,
  NAME_LABEL,
  RENAME_LABEL,
  SAVE_LABEL,
  WORKSPACE_TITLE,
} from '../../lib/wording/workspace.ts';
import type { WorkspaceModel } from './useWorkspace.ts';

function RenameForm({
  name,
  onSave,
  onCancel,
}: {
  name: string;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  // The field was asked for by the button just pressed (Preact's autoFocus works on page load only).
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="workspace-rename"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label for="workspace-name">{NAME_LABEL}</label>
      <input
        id="workspace-name"
        type="text"
        value={text}
        maxLength={MAX_NAME}
        autoComplete="off"
        ref={input}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" class="primary">
        {SAVE_LABEL}
      </button>
      <button type="button" onClick={onCancel}>
        {CANCEL_LABEL}
      </button>
    </form>
  );
}

export function WorkspaceBar({ model }: { model: WorkspaceModel }) {
  const { workspace, current } = model;
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const full = isFull(workspace);
  const stopRenaming = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  return (
    <section class="workspace no-print" aria-labelledby="workspace-title">
      <h2 id="workspace-title">{WORKSPACE_TITLE}</h2>
      <div class="workspace-row">
        <label for="workspace-current">{CURRENT_LABEL}</label>
        <select
          id="workspace-current"
          value={current.id}
          onChange={(e) => {
            setRenaming(false);
            model.select(e.currentTarget.value);
          }}
        >
          {workspace.applicants.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <span class="workspace-actions">
          <button type="button" onClick={model.add} disabled={full}>
            {ADD_LABEL}
          </button>
          <button type="button" onClick={model.duplicate} disabled={full}>
            {DUPLICATE_LABEL}
          </button>
          <button type="button" ref={renameButton} onClick={() => setRenaming(true)} aria-expanded={renaming}>
            {RENAME_LABEL}
          </button>
          <button type="button" onClick={model.remove} aria-label={deleteLabelOf(current.name)}>
            {DELETE_LABEL}
          </button>
        </span>
      </div>
      {renaming && (
        <RenameForm
          key={current.id}
          name={current.name}
          onSave={(name) => {
            model.rename(name);
            stopRenaming();
          }}
          onCancel={stopRenaming}
        />
      )}
      <p class="note">{full ? FULL_TEXT : countText(workspace.applicants.length)}</p>
      <details class="workspace-files">
        <summary>{FILES_LABEL}</summary>
        <p>
          <button type="button" onClick={model.exportFile}>
            {EXPORT_LABEL}
          </button>
        </p>
        <p>
          <label for="workspace-import">{IMPORT_LABEL}</label>{' '}
          <input
            id="workspace-import"
            type="file"
            accept="application/json,.json"
            aria-describedby="workspace-import-hint"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void model.importFile(file).finally(() => (input.value = ''));
            }}
          />
        </p>
        <p class="note" id="workspace-import-hint">
          {IMPORT_HINT}
        </p>
      </details>
    </section>
  );
}
