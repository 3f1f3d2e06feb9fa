// Every view that states a status states the atlas's one: a regulation replaced
// by a coded later version reads 已被替代 in the open data, the search filters,
// the pick list and the comparison, as on its page, and its status on an
// earlier day is its own again. Each real regulation gets a made-up successor.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/dates.ts';
import { buildComparison } from '../../src/lib/compare/overview.ts';
import { pickerRow } from '../../src/lib/compare/picker.ts';
import { cellFor } from '../../src/lib/compare/table.ts';
import { parseCsv } from '../support/csv.ts';
import { buildCsv, buildDataset } from '../../src/lib/export.ts';
import { regulationFilters } from '../../src/lib/search/records.ts';
import { regulationStatus } from '../../src/lib/status.ts';
import { successions } from '../../src/lib/versions.ts';
import { statusLabel } from '../../src/lib/wording/values.ts';
import { realEntries } from '../support/regulations.ts';
import { laterVersionOf, versionable } from '../support/versions.ts';

const regs = versionable(realEntries());

/** The regulation, its made-up successor and the successor's day, with the successions of the two. */
function atlasOf(e: (typeof regs)[number]) {
  const { next, from } = laterVersionOf(e);
  const entries = [e, next];
  const by = successions(entries);
  return { entries, withSucc: entries.map((x) => ({ ...x, succession: by.get(x.id) })), from, next };
}

describe('statuses across the atlas', () => {
  it('has regulations to try', () => expect(regs.length).toBeGreaterThan(0));

  it('the open data (JSON and CSV) finds the successor itself', () => {
    for (const e of regs) {
      const { entries, from } = atlasOf(e);
      const ds = buildDataset(entries, from);
      expect(ds.regulations[0]!.status.status, e.id).toBe('superseded');
      expect(ds.regulations[1]!.status.status).not.toBe('superseded');
      const [header, ...rows] = parseCsv(buildCsv(entries, from));
      const col = header!.indexOf('status');
      expect(rows.map((r) => r[col])).toEqual(ds.regulations.map((r) => r.status.status));
      // The day before, the older one is judged on its own dates.
      const before = addDays(from, -1);
      expect(buildDataset(entries, before).regulations[0]!.status.status).toBe(
        regulationStatus(e.regulation, before).status,
      );
    }
  });

  it('the search filters, the pick list and the comparison read the succession an entry carries', () => {
    for (const e of regs) {
      const { withSucc, from } = atlasOf(e);
      const [old] = withSucc;
      expect(regulationFilters(old!.regulation, from, old!.succession).status).toEqual([statusLabel('superseded')]);
      expect(regulationFilters(old!.regulation, from).status).not.toEqual([statusLabel('superseded')]);
      expect(pickerRow(old!, from).status).toBe('superseded');
      const c = buildComparison(withSucc, from, 'validity');
      expect(c.regulations.map((r) => r.status)[0]).toBe('superseded');
      const statusRow = c.sections.flatMap((s) => s.rows).find((r) => r.id === 'status')!;
      expect(cellFor(statusRow, old!.id).text).toContain(statusLabel('superseded'));
      expect(buildComparison(withSucc, addDays(from, -1)).regulations[0]!.status).not.toBe('superseded');
    }
  });
});
