// Mounts the checker: the workspace and its wizard. A plain module script rather than an Astro island: the island
// bootstrap is inline code, which the site's CSP forbids. It lives with the component it mounts, so src/scripts stays
// free of components.
import { h, render } from 'preact';
import { openDetailsWhenPrinting } from './print-details.ts';
import Workspace from './Workspace.tsx';

const root = document.getElementById('checker');
if (root) openDetailsWhenPrinting(root);
if (root)
  render(
    h(Workspace, { rulesUrl: root.dataset.rulesUrl!, base: root.dataset.base!, dataAsOf: root.dataset.asOf! }),
    root,
  );
