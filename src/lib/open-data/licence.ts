// The licence of the coded data. The coding (values, citations, statuses) is
// the atlas's work and is offered under CC BY 4.0; the regulation texts it
// quotes are public government documents that copyright does not cover.
import { LICENSE_SCOPE, TEXTS_STATUS } from '../wording/open-data.ts';

/** As a Data Package `licenses` entry: an SPDX id, its title and where to read it. */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The `license` field of every JSON file: the licence, what it covers and the status of the texts. */
export const licenseField = () => ({ ...DATA_LICENSE, scope: LICENSE_SCOPE, texts: TEXTS_STATUS });
