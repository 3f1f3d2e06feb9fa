// Work split between cores: a list cut into runs of consecutive items, one per worker, so that joining the workers'
// results in turn keeps the list's order (the build's content check, the search index).

/** The items in `count` runs of consecutive items, as even as can be, none empty (fewer runs than items asked for). */
export function runsOf<T>(items: T[], count: number): T[][] {
  const runs = Math.max(1, Math.min(count, items.length));
  return Array.from({ length: runs }, (_, i) =>
    items.slice(Math.floor((i * items.length) / runs), Math.floor(((i + 1) * items.length) / runs)),
  );
}
