// Mounts the pick-and-compare view (used when there are too many regulations to pre-render side by side).
import { h, render } from 'preact';
import ComparePicker from '../components/compare/ComparePicker.tsx';
import type { TopicId } from '../lib/compare/overview.ts';

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
