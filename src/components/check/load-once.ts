// A part of the checker loaded when it is first wanted, once per visit: the first call starts the import and later
// ones share it; a failed import is forgotten, so the next call tries again (docs/adr/0024, 0028).
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
