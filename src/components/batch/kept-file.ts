// The last file checked, kept in this tab's sessionStorage when it is small, so a reload shows its results again
// without asking for the file: the storage is the browser's own, per tab, and gone when the tab is closed. A larger
// file is not kept (the page says so); sessionStorage holds a few MB at most.
const KEY = 'quality-award-atlas:batch:v1';
/** The longest text kept (characters). */
export const MAX_KEPT_CHARS = 1_000_000;

export interface KeptFile {
  name: string;
  text: string;
}

export function keptFile(): KeptFile | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as unknown;
    if (!value || typeof value !== 'object') return undefined;
    const { name, text } = value as Record<string, unknown>;
    return typeof name === 'string' && typeof text === 'string' && text.length <= MAX_KEPT_CHARS
      ? { name, text }
      : undefined;
  } catch {
    return undefined; // storage refused, or something else wrote the key
  }
}

/** Keeps a file if it is small enough; says whether it was kept. */
export function keepFile(file: KeptFile): boolean {
  forgetFile();
  if (file.text.length > MAX_KEPT_CHARS) return false;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(file));
    return true;
  } catch {
    return false; // storage full or refused: the results still show, only a reload loses them
  }
}

export function forgetFile(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing kept, nothing to forget
  }
}
