// The workspace on the page: opened from this browser's storage (and a share link the page was opened with), saved
// on every change, and the moves on it (add, switch, rename, duplicate, delete and undo, export, import). A crash
// while showing an applicant is remembered, so a later visit asks before showing those answers again.
import { useEffect, useRef, useState } from 'preact/hooks';
import { todayIso } from '../../lib/dates.ts';
import type { FormState } from '../../lib/eligibility/wizard.ts';
import {
  adoptSaved,
  addApplicant,
  currentApplicant,
  deleteApplicant,
  duplicateApplicant,
  freeName,
  newApplicant,
  type Removed,
  renameApplicant,
  restoreApplicant,
  type Stamp,
  selectApplicant,
  setAnswers,
  toStored,
  type Workspace,
} from '../../lib/eligibility/workspace.ts';
import { type OpenNotice, openShared, openWorkspace } from '../../lib/eligibility/workspace-open.ts';
import { copyName, defaultName, sharedName } from '../../lib/wording/workspace.ts';
import { readStored, removeStored, writeStored } from './local-storage.ts';
import { takeShareFragment } from './share-link.ts';
import type { ImportReport } from './workspace-files.ts';

export type { ImportReport };

export const WORKSPACE_KEY = 'quality-award-atlas:workspace:v1';
/** Where the checker kept its one applicant's answers before the workspace. */
export const LEGACY_KEY = 'quality-award-atlas:check:v1';
/** The id of the applicant whose answers crashed the wizard, until the reader chooses what to do. */
export const CRASH_KEY = 'quality-award-atlas:workspace:crashed';

/** A random id; getRandomValues also works where randomUUID does not (a page served over plain http). */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
const stamp = (): Stamp => ({ newId, now: new Date().toISOString() });

/** The file moves, fetched the first time one is made. */
const workspaceFiles = () => import('./workspace-files.ts');

export function useWorkspace() {
  const [opened] = useState(() =>
    openWorkspace(
      { stored: readStored(WORKSPACE_KEY), legacy: readStored(LEGACY_KEY), share: takeShareFragment() },
      { first: defaultName(1), shared: sharedName(todayIso('local')) },
      stamp(),
    ),
  );
  const [workspace, setShownWorkspace] = useState<Workspace>(opened.workspace);
  // The workspace as last changed, for the moves computed outside a render (a link pasted, a file read, a deletion):
  // a change made just before, not yet rendered, is not lost.
  const latest = useRef(workspace);
  const setWorkspace = (change: Workspace | ((ws: Workspace) => Workspace)) => {
    latest.current = typeof change === 'function' ? change(latest.current) : change;
    setShownWorkspace(latest.current);
  };
  const [notices, setNotices] = useState<OpenNotice[]>(opened.notices);
  const [refill, setRefill] = useState(opened.refill);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [imported, setImported] = useState<ImportReport | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const [suspect, setSuspect] = useState<string | null>(() => {
    const id = readStored(CRASH_KEY);
    return typeof id === 'string' ? id : null;
  });
  // Bumped to remount the wizard after a crash.
  const [attempt, setAttempt] = useState(0);

  // Set while the workspace shown is one another tab saved: it is in storage already, and saving it back would make
  // the two tabs answer each other's saves for ever.
  const adopted = useRef(false);
  useEffect(() => {
    if (adopted.current) {
      adopted.current = false;
      return;
    }
    const saved = writeStored(WORKSPACE_KEY, toStored(workspace));
    setSaveFailed(!saved);
    // The older answers are in the saved workspace now: their key can go.
    if (saved && opened.migrated) removeStored(LEGACY_KEY);
  }, [workspace]);

  // Another tab of the checker saved the workspace: this one takes it over, so that its next save does not undo
  // applicants added or answers given there (the last save would otherwise win).
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== WORKSPACE_KEY || e.newValue === null) return;
      let raw: unknown;
      try {
        raw = JSON.parse(e.newValue);
      } catch {
        return;
      }
      const next = adoptSaved(raw, latest.current.currentId, stamp());
      if (!next) return;
      adopted.current = true;
      setRemoved(null);
      setWorkspace(next);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  // A share link pasted into the address of the page already open changes only the fragment: opened the same way.
  useEffect(() => {
    const onHashChange = () => {
      const share = takeShareFragment();
      if (share.kind === 'none') return;
      const opened = openShared(latest.current, share, sharedName(todayIso('local')), stamp());
      setRemoved(null);
      if (opened.workspace) setWorkspace(opened.workspace);
      setNotices(opened.notices);
      if (opened.refill) setRefill(opened.refill);
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  const current = currentApplicant(workspace);
  /** A change of the workspace's list (not of answers): an undo offered before is gone. */
  const restructure = (change: (ws: Workspace) => Workspace) => {
    setRemoved(null);
    setWorkspace(change);
  };
  const forgetCrash = () => {
    removeStored(CRASH_KEY);
    setSuspect(null);
  };

  return {
    workspace,
    current,
    notices,
    refill: refill?.id === current.id ? refill.facts : [],
    removed,
    imported,
    saveFailed,
    /** Whether the current applicant's answers crashed the wizard last time: ask before showing them. */
    suspect: suspect === current.id,
    attempt,
    select: (id: string) => restructure((ws) => selectApplicant(ws, id)),
    add: () =>
      restructure((ws) =>
        addApplicant(ws, newApplicant(freeName(ws, defaultName(ws.applicants.length + 1)), {}, stamp())),
      ),
    duplicate: () =>
      restructure((ws) => {
        const from = currentApplicant(ws);
        return duplicateApplicant(ws, from.id, freeName(ws, copyName(from.name)), stamp());
      }),
    rename: (name: string) => restructure((ws) => renameApplicant(ws, ws.currentId, name, stamp().now)),
    remove: () => {
      const id = latest.current.currentId;
      const { workspace: next, removed: gone } = deleteApplicant(latest.current, id, () =>
        newApplicant(defaultName(1), {}, stamp()),
      );
      setWorkspace(next);
      setRemoved(gone ?? null);
      if (suspect === id) forgetCrash();
    },
    undo: () => {
      if (removed) setWorkspace((ws) => restoreApplicant(ws, removed));
      setRemoved(null);
    },
    /** A change of the current applicant's answers (from the wizard). */
    updateAnswers: (update: (answers: FormState) => FormState) =>
      setWorkspace((ws) => setAnswers(ws, ws.currentId, update(currentApplicant(ws).answers), stamp().now)),
    /** 重新开始: the current applicant's answers cleared (its name stays). */
    clearAnswers: () => {
      setWorkspace((ws) => setAnswers(ws, ws.currentId, {}, stamp().now));
      setRefill(undefined);
      forgetCrash();
      setAttempt((n) => n + 1);
    },
    /** The share link's answers kept as an applicant of their own, though another has the same. */
    keepApart: (answers: FormState) =>
      restructure((ws) =>
        addApplicant(ws, newApplicant(freeName(ws, sharedName(todayIso('local'))), answers, stamp())),
      ),
    dismiss: (notice: OpenNotice) => setNotices((ns) => ns.filter((n) => n !== notice)),
    dismissImport: () => setImported(null),
    markCrash: () => {
      writeStored(CRASH_KEY, latest.current.currentId);
    },
    /** After a crash: show the answers again (the crash mark goes). */
    retry: () => {
      forgetCrash();
      setAttempt((n) => n + 1);
    },
    exportFile: () => workspaceFiles().then((files) => files.exportWorkspace(latest.current, stamp())),
    importFile: async (file: File) => {
      const { report, workspace: imported } = await (await workspaceFiles()).importWorkspace(
        file,
        () => latest.current,
        stamp,
      );
      setImported(report);
      if (imported) restructure(() => imported);
    },
  };
}

export type WorkspaceModel = ReturnType<typeof useWorkspace>;
