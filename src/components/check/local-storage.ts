// This browser's local storage, read and written without ever throwing: storage may be blocked, full, or hold
// anything (another version's data, a hand-edited value), and the page must still open.

/** The value saved under `key`, parsed, if any and readable. */
export function readStored(key: string): unknown {
  try {
    const saved = localStorage.getItem(key);
    return saved === null ? undefined : JSON.parse(saved);
  } catch {
    return undefined; // storage blocked or the value damaged: start afresh
  }
}

/** Saves `value` under `key`; false when storage is full or blocked (the value then lasts for this visit only). */
export function writeStored(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* blocked: nothing was saved */
  }
}
