// State kept in this browser's local storage, so a reload or a later visit finds it again.
import { useEffect, useState } from 'preact/hooks';

/** The value saved under `key`, if any and readable. */
export function readStored<T>(key: string): T | undefined {
  try {
    const saved = localStorage.getItem(key);
    return saved ? (JSON.parse(saved) as T) : undefined;
  } catch {
    return undefined; // storage blocked or the value damaged: start afresh
  }
}

/**
 * Like useState, saved under `key` on every change. The first value is `preferred()` when it gives one (a share
 * link's answers win over the saved ones), else the saved value, else `empty`. `forget` clears both.
 */
export function usePersistedState<T>(key: string, empty: T, preferred: () => T | undefined = () => undefined) {
  const [state, setState] = useState<T>(() => preferred() ?? readStored<T>(key) ?? empty);
  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(state));
    } catch {
      /* storage full or blocked: the state stays for this visit only */
    }
  }, [key, state]);
  const forget = () => {
    try {
      localStorage.removeItem(key);
    } catch {
      /* blocked: nothing was saved */
    }
    setState(empty);
  };
  return [state, setState, forget] as const;
}
