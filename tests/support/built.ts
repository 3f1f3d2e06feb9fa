// The built site's files, for tests that go over every page.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .html file under `dir`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

/** Every page as the path a browser asks for: `/compare/` for compare/index.html, `/404.html` as is. */
export const pagePaths = (dir: string): string[] =>
  htmlFiles(dir).map(
    (f) =>
      '/' +
      relative(dir, f)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, ''),
  );
