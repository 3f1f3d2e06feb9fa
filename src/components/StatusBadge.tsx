// A regulation's status as a badge: the one markup and wording of it, on the
// cards, the lists, the regulation page, the comparison's header and the pick list.
import type { RegulationStatus } from '../lib/status.ts';
import { statusLabel } from '../lib/wording/values.ts';

export default function StatusBadge({ status }: { status: RegulationStatus }) {
  return <span class={`badge badge-${status}`}>{statusLabel(status)}</span>;
}
