// A printed report shows everything: the folded lists (other places, the
// conditions passed, what to prepare) are opened for printing and folded back
// after. A closed <details> does not render its content, whatever the print CSS
// of older browsers (global.css shows it where the browser lets CSS do so).
// The folds are looked up when printing starts, so those rendered after load
// (the report appears only on its step) are opened too. Printing starts with
// `beforeprint` from the print dialog, or with the print media query turning on
// (print preview, emulated print media), whichever comes.
const OPENED = 'data-opened-for-print';

export function openDetailsWhenPrinting(root: HTMLElement): void {
  const unfold = () => {
    for (const d of root.querySelectorAll('details:not([open])')) {
      d.setAttribute('open', '');
      d.setAttribute(OPENED, '');
    }
  };
  const foldBack = () => {
    for (const d of root.querySelectorAll(`details[${OPENED}]`)) {
      d.removeAttribute('open');
      d.removeAttribute(OPENED);
    }
  };
  addEventListener('beforeprint', unfold);
  addEventListener('afterprint', foldBack);
  matchMedia('print').addEventListener('change', (e) => (e.matches ? unfold() : foldBack()));
}
