// Mounts the batch checker: a plain module script rather than an Astro island, whose bootstrap is inline code the
// site's CSP forbids (as src/components/check/mount.ts does for the wizard).
import { h, render } from 'preact';
import BatchChecker from './BatchChecker.tsx';

const root = document.getElementById('batch-checker');
if (root)
  render(
    h(BatchChecker, { rulesUrl: root.dataset.rulesUrl!, base: root.dataset.base!, dataAsOf: root.dataset.asOf! }),
    root,
  );
