// The guide pages over the built sites: every regulation (dist/) and the fixtures' synthetic
// sixth (dist-subpath/, built without code change) has its guide; each line of it links to a
// passage that exists on the regulation page, and the regulation page links to the guide.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGuide } from '../../src/lib/guide/build.ts';
import { guideLines } from '../../src/lib/guide/lines.ts';
import { groups } from '../../src/lib/regex.ts';
import { guideLineWords, guideTitle } from '../../src/lib/wording/guide.ts';
import { DIST, SUBPATH_BASE, SUBPATH_DIST } from '../support/paths.ts';
import { fixtureEntries, realEntries } from '../support/regulations.ts';

type Entry = ReturnType<typeof realEntries>[number];

const sites = [
  ...realEntries().map((e) => ({ dist: DIST, base: '/', e })),
  ...fixtureEntries().map((e) => ({ dist: SUBPATH_DIST, base: SUBPATH_BASE, e })),
];
const cases = sites.map((s) => [`${s.e.id} (${s.base})`, s] as const);

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => groups(m, 1)[0]));
const elements = (html: string, attribute: string) =>
  [...html.matchAll(new RegExp(`<li\\b[^>]*\\s${attribute}="([^"]+)"[^>]*>([\\s\\S]*?)</li>`, 'g'))].map((m) => {
    const [value, inner] = groups(m, 2);
    return { value, inner };
  });
const citeHrefs = (inner: string) => [...inner.matchAll(/<a class="cite" href="([^"]+)"/g)].map((m) => groups(m, 1)[0]);

beforeAll(() => {
  for (const dist of [DIST, SUBPATH_DIST])
    if (!existsSync(join(dist, 'index.html')))
      throw new Error(`${dist} is missing: run \`npm run build\` and \`npm run build:subpath\` first (npm test does)`);
});

const guidePage = (dist: string, e: Entry) =>
  readFileSync(join(dist, 'regulations', e.id, 'guide', 'index.html'), 'utf8');
const regulationPage = (dist: string, e: Entry) => readFileSync(join(dist, 'regulations', e.id, 'index.html'), 'utf8');

describe('guide pages', () => {
  it.each(cases)('%s: has its guide, titled by the short name, in Chinese', (_name, { dist, e }) => {
    const html = guidePage(dist, e);
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toContain(`<h1>${guideTitle(e.regulation.shortName)}</h1>`);
  });

  it.each(cases)('%s: every line links to a passage that exists on the regulation page', (_name, { dist, base, e }) => {
    const html = guidePage(dist, e);
    const anchors = ids(regulationPage(dist, e));
    const lines = elements(html, 'data-line');
    const guide = buildGuide(e.regulation);
    expect(lines.map((l) => l.value)).toEqual(
      guideLines(guide)
        .filter((l) => l.code !== 'silent')
        .map((l) => l.code),
    );
    for (const line of lines) {
      const hrefs = citeHrefs(line.inner);
      expect(hrefs.length, line.inner).toBeGreaterThan(0);
      for (const href of hrefs) {
        const [page, anchor = ''] = href.split('#');
        expect(page).toBe(`${base}regulations/${e.id}/`);
        expect(anchors.has(anchor), href).toBe(true);
      }
    }
    // A silent line states what the text does not say, in the words of the wording module.
    const silent = guideLines(guide).flatMap((l) =>
      l.code === 'silent' ? [guideLineWords(l, guide.partialText)] : [],
    );
    const shown = elements(html, 'data-silent');
    expect(shown).toHaveLength(silent.length);
    for (const [i, words] of silent.entries()) expect(shown[i]?.inner).toContain(words.text);
  });

  it.each(cases)('%s: the regulation page links to its guide', (_name, { dist, base, e }) => {
    expect(regulationPage(dist, e)).toContain(`href="${base}regulations/${e.id}/guide/"`);
  });
});
