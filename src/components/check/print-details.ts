// A printed report shows everything: the folded lists (other places, the
// conditions passed, what to prepare) are opened for printing and folded back
// after. A closed <details> does not render its content, whatever the print CSS.
const OPENED = 'data-opened-for-print';

export function openDetailsWhenPrinting(root: HTMLElement): void {
  addEventListener('beforeprint', () => {
    for (const d of root.querySelectorAll('details:not([open])')) {
      d.setAttribute('open', '');
      d.setAttribute(OPENED, '');
    }
  });
  addEventListener('afterprint', () => {
    for (const d of root.querySelectorAll(`details[${OPENED}]`)) {
      d.removeAttribute('open');
      d.removeAttribute(OPENED);
    }
  });
}
