// A sixth regulation needs one content file and no code: the test variant build
// (`npm run build:subpath`, real content plus the fixtures' synthetic 样例区)
// shows it in its own page, the lists, every comparison, the checker's rules,
// the search filters and the open data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/lib/compare/overview.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { SUBPATH_BASE, SUBPATH_DIST } from '../support/paths.ts';
import { fixtureEntries, realEntries } from '../support/regulations.ts';

const [sixth] = fixtureEntries();
const read = (...p: string[]) => readFileSync(join(SUBPATH_DIST, ...p), 'utf8');

beforeAll(() => {
  if (!existsSync(join(SUBPATH_DIST, 'index.html'))) throw new Error('dist-subpath/ is missing: run `npm run build:subpath` first (npm test does)');
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

  it('has a column in the overview and on every comparison topic page, and in the CSV', () => {
    for (const page of [['compare'], ...TOPICS.map((t) => ['compare', t.id])]) {
      expect(read(...page, 'index.html'), page.join('/')).toContain(`data-reg="${sixth.id}"`);
    }
    const header = parseCsv(read('compare', 'overview.csv'))[0];
    expect(header).toContain(sixth.regulation.shortName);
  });

  it('is in the rules the checker evaluates', () => {
    const rules = JSON.parse(read('check', 'rules.json'));
    expect(rules.regulations.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([sixth.id, ...realEntries().map((e) => e.id)]));
  });

  it('is in the open data and the search filters', () => {
    const all = JSON.parse(read('data', 'regulations.json'));
    expect(JSON.stringify(all)).toContain(sixth.regulation.title);
    expect(read('data', `${sixth.id}.json`)).toContain(sixth.regulation.title);
    expect(read('data', 'regulations.csv')).toContain(sixth.regulation.title);
    expect(read('search', 'index.html')).toContain(`value="${sixth.regulation.jurisdiction.province}"`);
  });
});
