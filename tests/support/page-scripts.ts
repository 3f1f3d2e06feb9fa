// The scripts of a built page, as the CSP allows them: module files of the site, none inline, and no inline style.
import { expect } from 'vitest';

export function expectOnlyScriptFiles(html: string): void {
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/ src="\/_astro\/[\w.-]+\.js"/);
    expect(body).toBe('');
  }
  expect(html).not.toMatch(/<style|astro-island/);
}
