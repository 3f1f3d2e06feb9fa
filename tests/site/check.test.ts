// The built checker page and its rules file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neededFacts, rulesOf } from '../../src/lib/eligibility/engine.ts';
import { rulesIndex } from '../../src/lib/eligibility/split.ts';
import { promptOf } from '../../src/lib/wording/questions.ts';
import { expectOnlyScriptFiles } from '../support/page-scripts.ts';
import { DIST } from '../support/paths.ts';
import { realEntries } from '../support/regulations.ts';

const read = (...p: string[]) => readFileSync(join(DIST, ...p), 'utf8');

describe('/check/', () => {
  it('rules.json indexes every regulation by its place rules, and rules/<id>.json holds its full rules', () => {
    const rules = JSON.parse(read('check', 'rules.json'));
    const entries = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(rules.regulations.sort(byId)).toEqual(JSON.parse(JSON.stringify(rulesIndex(entries))).sort(byId));
    for (const e of entries) {
      expect(JSON.parse(read('check', 'rules', `${e.id}.json`))).toEqual(JSON.parse(JSON.stringify(e)));
    }
  });

  it('reads without JavaScript: what the checker does, that answers stay here, and the questions it asks', () => {
    const html = read('check', 'index.html');
    expect(html).toContain('不发送到任何服务器');
    expect(html).toMatch(/<noscript>[\s\S]*需要 JavaScript[\s\S]*<\/noscript>/);
    // Every question some regulation's test asks, of organizations and of individuals, is listed.
    const entries = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
    for (const type of ['organization', 'individual'] as const)
      for (const fact of neededFacts(entries, type)) expect(html, fact).toContain(promptOf(fact));
    // The wizard is a module file: no inline script or style for the CSP to forbid.
    expectOnlyScriptFiles(html);
  });

  it('each regulation page links to the checker and to its comparison', () => {
    for (const e of realEntries()) {
      const html = read('regulations', e.id, 'index.html');
      expect(html).toContain('href="/check/"');
      expect(html).toContain(`href="/compare/?r=${e.id}"`);
    }
  });
});
