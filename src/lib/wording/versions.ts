// The words of a regulation's versions and of where its text came from: the
// line of versions on the regulation page, and its source.
import { type Regulation, SOURCE_URL_UNRECORDED } from '../schema.ts';
import type { VersionEntry } from '../versions.ts';
import { formatDate } from './format.ts';
import { statusLabel, statusReasonText } from './values.ts';

export const VERSIONS_HEADING = '版本沿革';
export const VERSIONS_NOTE = '据各版本的废止条款整理：只见于废止条款的版本未收入本图鉴，列出其名称、文号与出处。';
export const SOURCE_HEADING = '原文出处';

/** The line's label of an entry's date: 施行 for a coded version, 印发 for one the repeal clause dates. */
export const versionDateText = (e: VersionEntry): string =>
  e.date === undefined ? '日期未载明' : `${formatDate(e.date)}${e.kind === 'coded' ? '施行' : '印发'}`;

/** A version's status in the line: its own for a coded one, what its successor's text says for the others. */
export function versionStateLabel(e: VersionEntry): string {
  if (e.kind === 'coded') return statusLabel(e.status.status);
  switch (e.state) {
    case 'superseded':
      return statusLabel('superseded');
    case 'until-successor':
      return '将被替代';
    case 'named-by-draft':
      return '草稿拟予废止';
    case 'unknown':
      return '已被替代（日期未载明）';
  }
}

/** Why, in one sentence: 自 2023-11-15 起由后一版本替代。 */
export function versionStateText(e: VersionEntry): string {
  if (e.kind === 'coded') return statusReasonText(e.status);
  switch (e.state) {
    case 'superseded':
      return `自 ${e.supersededFrom} 起由后一版本替代（见其废止条款）。`;
    case 'until-successor':
      return `后一版本自 ${e.supersededFrom} 起施行，届时废止。`;
    case 'named-by-draft':
      return '讨论稿拟废止本版本；讨论稿未施行前，本版本的效力不由本图鉴判断。';
    case 'unknown':
      return '后一版本的施行日期未编码。';
  }
}

export const TEXT_ONLY_TEXT = '未收入本图鉴';
export const THIS_VERSION_TEXT = '本页';

type Source = Regulation['source'];

/** The page a text was taken from, or that it was not recorded. */
export const sourceAddressText = (s: Pick<Source, 'url'>): string =>
  s.url === SOURCE_URL_UNRECORDED ? '网页地址未记录' : s.url;

export const sourceRetrievedText = (s: Pick<Source, 'retrievedOn'>): string => formatDate(s.retrievedOn);

export const SOURCE_LABELS = {
  publisher: '发布者',
  url: '网页地址',
  retrievedOn: '取得日期',
  file: '原文文件',
  sha256: 'SHA-256',
} as const;

export const SOURCE_HASH_NOTE = 'npm run validate 核对原文文件的 SHA-256：原文一经改动即报错。';
