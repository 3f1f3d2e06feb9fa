// A value as a problem message quotes it. A message echoes what the author wrote (a quote, an id,
// a key) so that they can find it, but a crafted or mistaken file may hold a value of megabytes:
// echoed whole, it would bury the report. Pure, with no imports, so the schema can use it too.

/** At most this many characters of a value are echoed in a message. */
export const EXCERPT_MAX = 80;

/** `value` whole when it is short, else its first `max` characters and its length: `第一条……… (12000 characters)`. */
export function excerpt(value: string, max = EXCERPT_MAX): string {
  if (value.length <= max) return value;
  // Never cut between the two halves of a character outside the BMP.
  const end = /[\uD800-\uDBFF]/.test(value[max - 1] ?? '') ? max - 1 : max;
  return `${value.slice(0, end)}… (${value.length} characters)`;
}

/** At most `max` items of a list, each an excerpt (in double quotes if `quoted`), and how many more there are. */
export function excerptList(items: readonly unknown[], { quoted = false, max = 5 } = {}): string {
  const shown = items.slice(0, max).map((i) => (quoted ? `"${excerpt(String(i))}"` : excerpt(String(i))));
  return items.length > max ? `${shown.join(', ')} and ${items.length - max} more` : shown.join(', ');
}
