// The one order of regulations: by province (as Chinese readers sort place
// names), then by id. The loader, the site and `npm run validate` all use it,
// so a list, a comparison column and a validation report agree.
import type { Regulation } from '../schema.ts';

const provinces = new Intl.Collator('zh-CN');
const ids = new Intl.Collator('en');

export interface Ordered {
  id: string;
  regulation: { jurisdiction: Pick<Regulation['jurisdiction'], 'province'> };
}

export function compareRegulations(a: Ordered, b: Ordered): number {
  return (
    provinces.compare(a.regulation.jurisdiction.province, b.regulation.jurisdiction.province) || ids.compare(a.id, b.id)
  );
}
