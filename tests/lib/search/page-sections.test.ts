import { describe, expect, it } from 'vitest';
import { pageSections, searchableRegions } from '../../../src/lib/search/page-sections.ts';

const page = `<!doctype html><html><head><title>比较 · 名额</title></head><body>
<nav>导航不搜</nav>
<main data-search-body><span data-search-filter="topic:名额"></span>
  <nav data-search-ignore>面包屑</nav>
  <h1>名额的比较</h1><p>导言 &amp; 说明</p>
  <div><div>嵌套<div>更深</div></div></div>
  <h2 id="tiers">奖项与名额</h2><table><tr><td>通州</td><td>2家</td></tr></table>
  <script>var x = "不搜";</script>
  <h3>没有 id 的小标题</h3><p>仍属上一节</p>
</main>
<footer>页脚不搜</footer>
<section class="x" data-search-body><h2 id="more">再一节</h2><p>末尾</p></section>
</body></html>`;

describe('page sections', () => {
  it('reads only the marked elements, whole even when nested', () => {
    const regions = searchableRegions(page);
    expect(regions).toHaveLength(2);
    expect(regions[0]).toMatch(/^<main data-search-body>[\s\S]*<\/main>$/);
    expect(regions[0]).toContain('更深');
    expect(regions[1]).toMatch(/^<section[\s\S]*<\/section>$/);
  });

  it('cuts at headings with an id, leaves out ignored parts and scripts, and reads the filters', () => {
    const p = pageSections(page)!;
    expect(p.title).toBe('名额的比较');
    expect(p.filters).toEqual({ topic: ['名额'] });
    expect(p.sections.map((s) => s.anchor)).toEqual(['', 'tiers', 'more']);
    const [intro, tiers, more] = p.sections;
    expect(intro!.text).toContain('导言 & 说明');
    expect(intro!.text).toContain('更深');
    expect(intro!.text).not.toMatch(/面包屑|导航|页脚/);
    expect(tiers!.heading).toBe('奖项与名额');
    expect(tiers!.text).toContain('通州');
    expect(tiers!.text).toContain('仍属上一节');
    expect(tiers!.text).not.toContain('不搜');
    expect(more!.text).toContain('末尾');
  });

  it('a page without a marked element is not searchable', () => {
    expect(pageSections('<html><body><main><p>x</p></main></body></html>')).toBeUndefined();
  });
});
