/** A link's full address, which a printed report shows after the link (global.css), for a reader of the paper. */
export const printedAddress = (href: string): string =>
  typeof location === 'undefined' ? href : new URL(href, location.href).href;
