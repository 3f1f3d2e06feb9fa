// How a citation is named and linked: 第十二条第（四）项 → #art-12-4.
import { intToChinese } from './chinese-numerals.ts';
import type { Citation } from './schema.ts';

export function citationAnchor(cite: Pick<Citation, 'article' | 'item'>): string {
  if (cite.article === 'front') return 'front';
  if (cite.article === 'colophon') return 'colophon';
  return cite.item === undefined ? `art-${cite.article}` : `art-${cite.article}-${cite.item}`;
}

export function citationLabel(cite: Pick<Citation, 'article' | 'item'>): string {
  if (cite.article === 'front') return '印发通知';
  if (cite.article === 'colophon') return '文末';
  const art = `第${intToChinese(cite.article)}条`;
  return cite.item === undefined ? art : `${art}第（${intToChinese(cite.item)}）项`;
}

/** Short form for tight spaces: 第12条（4）. */
export function citationShortLabel(cite: Pick<Citation, 'article' | 'item'>): string {
  if (typeof cite.article !== 'number') return citationLabel(cite);
  return cite.item === undefined ? `第${cite.article}条` : `第${cite.article}条（${cite.item}）`;
}
