// Mounts the pick-and-compare view (used when there are too many regulations to pre-render side by side).
// It lives with the component it mounts, so src/scripts stays free of components.
import { h, render } from 'preact';
import type { TopicId } from '../../lib/compare/overview.ts';
import ComparePicker from './ComparePicker.tsx';

const root = document.getElementById('compare-picker');
if (root) {
  const d = root.dataset;
  render(
    h(ComparePicker, {
      indexUrl: d.indexUrl!,
      base: d.base!,
      asOf: d.asOf!,
      maxPicked: Number(d.maxPicked),
      topic: (d.topic || undefined) as TopicId | undefined,
    }),
    root,
  );
}
