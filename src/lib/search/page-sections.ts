// The searchable parts of a built page: the elements marked data-search-body,
// less what is marked data-search-ignore, cut into sections at headings that
// carry an id (so a result opens the section), with the filter values the
// page declares in data-search-filter="key:value".
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';

export interface PageSection {
  /** The heading's id ('' for what comes before the first heading). */
  anchor: string;
  heading: string;
  text: string;
}

export interface SearchablePage {
  /** The page's first heading, else its <title>. */
  title: string;
  filters: Record<string, string[]>;
  sections: PageSection[];
}

const OPEN_BODY = /<([a-z][a-z0-9]*)\b[^>]*\sdata-search-body(?:[\s=>/])/gi;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const HEADING = /^H[1-4]$/;

/**
 * The HTML of each data-search-body element, found without parsing the whole
 * page: a regulation page is mostly its full text, which its articles already index.
 */
export function searchableRegions(html: string): string[] {
  const regions: string[] = [];
  OPEN_BODY.lastIndex = 0;
  for (let m = OPEN_BODY.exec(html); m; m = OPEN_BODY.exec(html)) {
    const tag = m[1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index;
    let depth = 0;
    let end = html.length;
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    regions.push(html.slice(m.index, end));
    OPEN_BODY.lastIndex = end;
  }
  return regions;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

export function pageSections(html: string): SearchablePage | undefined {
  const regions = searchableRegions(html);
  if (!regions.length) return undefined;
  const filters: Record<string, string[]> = {};
  const sections: PageSection[] = [{ anchor: '', heading: '', text: '' }];
  let title = '';
  const parts: string[][] = [[]];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      parts.at(-1)!.push(node.text);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    if (SKIPPED.has(el.tagName) || el.hasAttribute('data-search-ignore')) return;
    const filter = el.getAttribute('data-search-filter');
    if (filter?.includes(':')) {
      const [key, ...value] = filter.split(':');
      filters[key!] = [...(filters[key!] ?? []), value.join(':')];
    }
    if (HEADING.test(el.tagName)) {
      const heading = clean(el.text);
      if (el.tagName === 'H1' && !title) title = heading;
      const id = el.getAttribute('id');
      if (id) {
        sections.push({ anchor: id, heading, text: '' });
        parts.push([]);
      }
    }
    parts.at(-1)!.push(' ');
    for (const child of el.childNodes) walk(child);
    parts.at(-1)!.push(' ');
  };
  for (const region of regions) walk(parse(region));
  title ||= clean(/<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '');
  sections.forEach((s, i) => {
    s.text = clean(parts[i]!.join(''));
  });
  return { title, filters, sections: sections.filter((s) => s.text) };
}
