// The workspace model: applicants added, renamed, duplicated, deleted and put back, switched; kept in storage and
// read back leniently; the older single applicant migrated; a share link opened as a new applicant, never over
// another; a workspace file written and read with its problems by applicant and field.
import { describe, expect, it } from 'vitest';
import { encodeShare, readShareFragment } from '../../../src/lib/eligibility/wizard.ts';
import {
  adoptSaved,
  addApplicant,
  currentApplicant,
  deleteApplicant,
  duplicateApplicant,
  freeName,
  fromStored,
  MAX_APPLICANTS,
  MAX_NAME,
  newApplicant,
  renameApplicant,
  restoreApplicant,
  type Stamp,
  selectApplicant,
  setAnswers,
  toStored,
  type Workspace,
  withSameAnswers,
  workspaceOf,
} from '../../../src/lib/eligibility/workspace.ts';
import { importApplicants, readWorkspaceFile, toFile } from '../../../src/lib/eligibility/workspace-file.ts';
import { openWorkspace } from '../../../src/lib/eligibility/workspace-open.ts';

/** Ids a1, a2… and a fixed clock, so the results can be compared whole. */
function stamps(): Stamp {
  let n = 0;
  return { newId: () => `a${++n}`, now: '2026-12-02T08:00:00.000Z' };
}
const names = { first: 'first', shared: 'shared' };
const threeClients = (stamp: Stamp): Workspace => {
  let ws = workspaceOf(newApplicant('A', { applicantType: 'organization' }, stamp));
  ws = addApplicant(ws, newApplicant('B', { applicantType: 'individual' }, stamp));
  return addApplicant(ws, newApplicant('C', {}, stamp));
};

describe('the workspace', () => {
  it('adds an applicant as the current one, and switches between them', () => {
    const ws = threeClients(stamps());
    expect(ws.applicants.map((a) => a.name)).toEqual(['A', 'B', 'C']);
    expect(currentApplicant(ws).name).toBe('C');
    expect(currentApplicant(selectApplicant(ws, 'a1')).name).toBe('A');
    expect(selectApplicant(ws, 'nobody')).toBe(ws);
  });

  it('renames with the name trimmed, control characters out and cut to the longest name; blank keeps the old', () => {
    const ws = threeClients(stamps());
    const long = renameApplicant(ws, 'a1', `  X\u0007${'名'.repeat(100)} `, 'later');
    expect(long.applicants[0]!.name).toBe(`X ${'名'.repeat(MAX_NAME - 2)}`);
    expect(long.applicants[0]!.updatedAt).toBe('later');
    expect(renameApplicant(ws, 'a1', '   ', 'later')).toBe(ws);
  });

  it('duplicates with a deep copy of the answers, after the original', () => {
    const stamp = stamps();
    const ws = setAnswers(threeClients(stamp), 'a1', { accidents: [{ date: '2020-01-01' }] }, 'now');
    const copied = duplicateApplicant(ws, 'a1', 'A copy', stamp);
    expect(copied.applicants.map((a) => a.name)).toEqual(['A', 'A copy', 'B', 'C']);
    expect(currentApplicant(copied).name).toBe('A copy');
    const [a, copy] = copied.applicants;
    expect(copy!.answers).toEqual(a!.answers);
    (copy!.answers.accidents as { date: string }[])[0]!.date = '2021-01-01';
    expect(a!.answers.accidents).toEqual([{ date: '2020-01-01' }]);
  });

  it('deletes, moving to the next one, and puts a deleted applicant back where it was', () => {
    const stamp = stamps();
    const ws = selectApplicant(threeClients(stamp), 'a2');
    const { workspace, removed } = deleteApplicant(ws, 'a2', () => newApplicant('fresh', {}, stamp));
    expect(workspace.applicants.map((a) => a.name)).toEqual(['A', 'C']);
    expect(currentApplicant(workspace).name).toBe('C');
    const back = restoreApplicant(workspace, removed!);
    expect(back.applicants.map((a) => a.name)).toEqual(['A', 'B', 'C']);
    expect(currentApplicant(back).name).toBe('B');
  });

  it('deleting the last applicant leaves a fresh one, which an undo replaces', () => {
    const stamp = stamps();
    const ws = workspaceOf(newApplicant('only', { applicantType: 'organization' }, stamp));
    const { workspace, removed } = deleteApplicant(ws, 'a1', () => newApplicant('fresh', {}, stamp));
    expect(workspace.applicants.map((a) => a.name)).toEqual(['fresh']);
    expect(restoreApplicant(workspace, removed!).applicants.map((a) => a.name)).toEqual(['only']);
  });

  it('holds at most MAX_APPLICANTS', () => {
    const stamp = stamps();
    let ws = workspaceOf(newApplicant('0', {}, stamp));
    for (let i = 1; i < MAX_APPLICANTS + 5; i++) ws = addApplicant(ws, newApplicant(String(i), {}, stamp));
    expect(ws.applicants.length).toBe(MAX_APPLICANTS);
    expect(duplicateApplicant(ws, 'a1', 'x', stamp)).toBe(ws);
  });

  it('finds an applicant with the same answers, whatever the order of fields and blanks', () => {
    const ws = threeClients(stamps());
    expect(withSameAnswers(ws, { soughtTier: undefined, applicantType: 'individual' })?.name).toBe('B');
    expect(withSameAnswers(ws, {})).toBeUndefined(); // no answers match nothing
    expect(freeName(ws, 'A')).toBe('A (2)');
    expect(freeName(ws, 'D')).toBe('D');
  });
});

describe('the workspace in storage', () => {
  it('is taken over from another tab with what was done there, this tab staying on its own applicant', () => {
    const stamp = stamps();
    const mine = selectApplicant(threeClients(stamp), 'a2');
    // The other tab added an applicant and is on it.
    const theirs = addApplicant(mine, newApplicant('D', {}, stamp));
    const saved = JSON.parse(JSON.stringify(toStored(theirs)));
    const adopted = adoptSaved(saved, mine.currentId, stamp);
    expect(adopted?.applicants.map((a) => a.name)).toEqual(['A', 'B', 'C', 'D']);
    expect(adopted?.currentId).toBe('a2');
    // This tab's applicant deleted there: it goes where the other tab was.
    const without = deleteApplicant(theirs, 'a2', () => newApplicant('x', {}, stamp)).workspace;
    expect(adoptSaved(JSON.parse(JSON.stringify(toStored(without))), 'a2', stamp)?.currentId).toBe(without.currentId);
    expect(adoptSaved('damaged', 'a2', stamp)).toBeUndefined();
  });

  it('round-trips', () => {
    const stamp = stamps();
    const ws = threeClients(stamp);
    expect(fromStored(JSON.parse(JSON.stringify(toStored(ws))), stamp)).toEqual(ws);
  });

  it('reads junk as nothing to restore, and damaged applicants leniently', () => {
    const stamp = stamps();
    for (const junk of [null, 42, 'x', [], {}, { version: 2, applicants: [] }, { version: 1, applicants: [] }])
      expect(fromStored(junk, stamp)).toBeUndefined();
    const ws = fromStored(
      {
        version: 1,
        currentId: 'gone',
        applicants: [null, { id: 'k', name: 7, answers: { checkDate: { x: 1 }, applicantType: 'individual' } }],
      },
      stamp,
    );
    expect(ws?.applicants).toEqual([
      { id: 'k', name: 'k', answers: { applicantType: 'individual' }, updatedAt: stamp.now },
    ]);
    expect(ws?.currentId).toBe('k');
  });
});

describe('opening the page', () => {
  const none = { kind: 'none' } as const;

  it('migrates the older single applicant into a fresh workspace, and starts afresh on junk', () => {
    const old = openWorkspace(
      { stored: undefined, legacy: { applicantType: 'organization' }, share: none },
      names,
      stamps(),
    );
    expect(old.workspace.applicants.map((a) => [a.name, a.answers])).toEqual([
      ['first', { applicantType: 'organization' }],
    ]);
    expect(old.migrated).toBe(true);
    for (const legacy of [null, 42, 'x', []]) {
      const opened = openWorkspace({ stored: undefined, legacy, share: none }, names, stamps());
      expect(opened.workspace.applicants.map((a) => [a.name, a.answers])).toEqual([['first', {}]]);
      expect(opened.notices).toEqual([]);
    }
  });

  it('opens a share link as a new applicant beside the saved ones, never over them', () => {
    const stamp = stamps();
    const stored = toStored(threeClients(stamp));
    const share = readShareFragment(`#a=${encodeShare({ applicantType: 'organization', checkDate: '2026-01-01' })}`);
    const opened = openWorkspace({ stored, legacy: undefined, share }, names, stamp);
    expect(opened.workspace.applicants.map((a) => a.name)).toEqual(['A', 'B', 'C', 'shared']);
    expect(opened.workspace.applicants.slice(0, 3)).toEqual(stored.applicants);
    expect(currentApplicant(opened.workspace).answers).toEqual({
      applicantType: 'organization',
      checkDate: '2026-01-01',
    });
    expect(opened.notices).toEqual([{ kind: 'shared-opened', name: 'shared' }]);
  });

  it('switches to the applicant with the same answers instead, saying so', () => {
    const stamp = stamps();
    const stored = toStored(threeClients(stamp));
    const share = readShareFragment(`#a=${encodeShare({ applicantType: 'individual' })}`);
    const opened = openWorkspace({ stored, legacy: undefined, share }, names, stamp);
    expect(opened.workspace.applicants.length).toBe(3);
    expect(currentApplicant(opened.workspace).name).toBe('B');
    expect(opened.notices).toEqual([{ kind: 'same-answers', name: 'B', answers: { applicantType: 'individual' } }]);
  });

  it('says a share link is unreadable, and what parts of a readable one it dropped', () => {
    for (const [hash, reason] of [
      ['#a=%%%', 'damaged'],
      ['#a=', 'damaged'],
      ['#a=bm90IGpzb24', 'damaged'], // "not json"
      [`#a=${btoa('42')}`, 'not-answers'],
      [`#a=${'A'.repeat(70 * 1024)}`, 'too-long'],
    ] as const) {
      const opened = openWorkspace(
        { stored: undefined, legacy: undefined, share: readShareFragment(hash) },
        names,
        stamps(),
      );
      expect(opened.notices, hash.slice(0, 20)).toEqual([{ kind: 'unreadable-share', reason }]);
      expect(opened.workspace.applicants.map((a) => a.name)).toEqual(['first']);
    }
    const share = readShareFragment(`#a=${btoa(JSON.stringify({ applicantType: 'organization', checkDate: {} }))}`);
    const opened = openWorkspace({ stored: undefined, legacy: undefined, share }, names, stamps());
    expect(opened.notices).toEqual([
      {
        kind: 'dropped',
        source: 'share',
        dropped: [{ field: 'checkDate', reason: 'wrong-type', expected: 'text' }],
        count: 1,
      },
      { kind: 'shared-opened', name: 'shared' },
    ]);
    expect(opened.workspace.applicants.map((a) => a.name)).toEqual(['shared']);
  });
});

describe('the workspace file', () => {
  it('writes the names and answers, and reads them back as new applicants after the ones there', () => {
    const stamp = stamps();
    const ws = threeClients(stamp);
    const read = readWorkspaceFile(JSON.stringify(toFile(ws, stamp.now)));
    if (!read.ok) throw new Error(read.problem);
    expect(read.problems).toEqual([]);
    const { workspace, added, left } = importApplicants(ws, read.applicants, (i) => `unnamed ${i}`, stamp);
    expect([added, left]).toEqual([3, 0]);
    expect(workspace.applicants.map((a) => a.name)).toEqual(['A', 'B', 'C', 'A', 'B', 'C']);
    expect(new Set(workspace.applicants.map((a) => a.id)).size).toBe(6);
    expect(workspace.applicants.slice(3).map((a) => a.answers)).toEqual(ws.applicants.map((a) => a.answers));
    expect(currentApplicant(workspace).id).toBe(workspace.applicants[3]!.id);
  });

  it('refuses what is not a workspace file of this version, saying why', () => {
    const file = (o: unknown) => JSON.stringify(o);
    const ok = { format: 'quality-award-atlas-workspace', version: 1 };
    for (const [text, problem] of [
      ['{', 'not-json'],
      [file({ applicants: [] }), 'not-workspace'],
      [file({ ...ok, version: 2, applicants: [{}] }), 'newer-version'],
      [file({ ...ok, applicants: [] }), 'no-applicants'],
      [
        file({ ...ok, applicants: Array.from({ length: MAX_APPLICANTS + 1 }, () => ({ name: 'x', answers: {} })) }),
        'too-many',
      ],
    ] as const)
      expect(readWorkspaceFile(text)).toEqual({ ok: false, problem });
    expect(readWorkspaceFile(`\uFEFF${file({ ...ok, applicants: [{ name: 'x', answers: {} }] })}`).ok).toBe(true);
  });

  it('reports problems by applicant and field, and imports the rest', () => {
    const read = readWorkspaceFile(
      JSON.stringify({
        format: 'quality-award-atlas-workspace',
        version: 1,
        applicants: [
          { name: 'good', answers: { applicantType: 'organization' } },
          42,
          { name: 'no answers' },
          { answers: { checkDate: 5, applicantType: 'individual' } },
          { name: 'big', answers: { jurisdiction: 'x'.repeat(70 * 1024) } },
        ],
      }),
    );
    if (!read.ok) throw new Error(read.problem);
    expect(read.applicants.map((a) => [a.name, a.answers])).toEqual([
      ['good', { applicantType: 'organization' }],
      ['', { applicantType: 'individual' }],
    ]);
    expect(read.problems).toEqual([
      { index: 1, skipped: 'not-an-applicant', dropped: [], droppedCount: 0 },
      { index: 2, name: 'no answers', skipped: 'not-an-applicant', dropped: [], droppedCount: 0 },
      {
        index: 3,
        nameProblem: 'missing',
        dropped: [{ field: 'checkDate', reason: 'wrong-type', expected: 'text' }],
        droppedCount: 1,
      },
      { index: 4, name: 'big', skipped: 'answers-too-large', dropped: [], droppedCount: 0 },
    ]);
    const stamp = stamps();
    const { workspace } = importApplicants(threeClients(stamp), read.applicants, (i) => `unnamed ${i}`, stamp);
    expect(workspace.applicants.map((a) => a.name)).toEqual(['A', 'B', 'C', 'good', 'unnamed 1']);
  });

  it('adds no more than the room left', () => {
    const stamp = stamps();
    let ws = workspaceOf(newApplicant('0', {}, stamp));
    for (let i = 1; i < MAX_APPLICANTS - 1; i++) ws = addApplicant(ws, newApplicant(String(i), {}, stamp));
    const imported = [1, 2, 3].map((n) => ({ name: `i${n}`, answers: {} }));
    const result = importApplicants(ws, imported, String, stamp);
    expect([result.added, result.left, result.workspace.applicants.length]).toEqual([1, 2, MAX_APPLICANTS]);
  });
});
