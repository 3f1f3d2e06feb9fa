// A sixth regulation needs one content file and no code: the test variant build
// (`npm run build:subpath`, real content plus the fixtures' synthetic 样例区)
// shows it in its own page, the lists, the comparison, the checker's rules,
// the search filters and the open data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/lib/compare/overview.ts';
import { parseCsv } from '../support/csv.ts';
import { SUBPATH_BASE, SUBPATH_DIST } from '../support/paths.ts';
import { fixtureEntries, realEntries } from '../support/regulations.ts';

const [sixth] = fixtureEntries();
if (!sixth) throw new Error('no regulation in the fixture content');
const read = (...p: string[]) => readFileSync(join(SUBPATH_DIST, ...p), 'utf8');

beforeAll(() => {
  if (!existsSync(join(SUBPATH_DIST, 'index.html')))
    throw new Error('dist-subpath/ is missing: run `npm run build:subpath` first (npm test does)');
});

describe('the synthetic sixth regulation, built without code change', () => {
  it('has its page, with its title and its articles', () => {
    const html = read('regulations', sixth.id, 'index.html');
    expect(html).toContain(`<h1>${sixth.regulation.title}</h1>`);
    for (const a of sixth.source.articles) expect(html).toContain(`id="${a.anchor}"`);
  });

  it('is listed on the home page and the list of regulations', () => {
    for (const page of [['index.html'], ['regulations', 'index.html']]) {
      expect(read(...page)).toContain(`href="${SUBPATH_BASE}regulations/${sixth.id}/"`);
    }
  });

  // The variant build holds more regulations than it puts side by side (ATLAS_SIDE_BY_SIDE_MAX=3), so its comparison is pick-and-compare.
  it('is in the comparison’s pick list and has a column in every comparison CSV', () => {
    const pickList = JSON.parse(read('compare', 'regulations.json')).regulations;
    expect(pickList.find((r: { id: string }) => r.id === sixth.id)).toMatchObject({
      title: sixth.regulation.title,
      province: sixth.regulation.jurisdiction.province,
    });
    for (const csv of ['overview', ...TOPICS.map((t) => t.id)]) {
      expect(parseCsv(read('compare', `${csv}.csv`))[0], csv).toContain(sixth.regulation.shortName);
    }
  });

  it('is in the rules the checker evaluates', () => {
    const rules = JSON.parse(read('check', 'rules.json'));
    expect(rules.regulations.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining([sixth.id, ...realEntries().map((e) => e.id)]),
    );
  });

  it('is in the open data and the search filters', () => {
    const all = JSON.parse(read('data', 'regulations.json'));
    expect(JSON.stringify(all)).toContain(sixth.regulation.title);
    expect(read('data', `${sixth.id}.json`)).toContain(sixth.regulation.title);
    expect(read('data', 'regulations.csv')).toContain(sixth.regulation.title);
    expect(read('search', 'index.html')).toContain(`value="${sixth.regulation.jurisdiction.province}"`);
  });
});
