// A part of the checker loaded when it is first wanted, once per visit: the first call starts the import and later
// ones share it; a failed import is forgotten, so the next call tries again (docs/adr/0024, 0028). useLoaded is
// the components' side: the module once it is in, or why it could not be loaded.
import { useEffect, useState } from 'preact/hooks';

export interface LoadedOnce<T> {
  /** Starts the import if none is under way or done; resolves with the module. */
  load: () => Promise<T>;
  /** The module, once loaded. */
  loaded: () => T | undefined;
}

export function loadOnce<T>(importIt: () => Promise<T>): LoadedOnce<T> {
  let loading: Promise<T> | undefined;
  let module: T | undefined;
  return {
    load: () => {
      loading ??= importIt().then(
        (m) => (module = m),
        (e: unknown) => {
          loading = undefined;
          throw e;
        },
      );
      return loading;
    },
    loaded: () => module,
  };
}

/**
 * The part's module once `wanted` has been true and it has loaded; `failed` says why it could not load. A component
 * mounted again, or wanting it again, tries again.
 */
export function useLoaded<T>(part: LoadedOnce<T>, wanted = true): { module?: T; failed?: string } {
  const [module, setModule] = useState(part.loaded);
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    if (!wanted || module) return;
    setFailed(undefined);
    part.load().then(setModule, (e: Error) => setFailed(e.message));
  }, [wanted]);
  return { module, failed };
}
