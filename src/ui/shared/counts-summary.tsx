import { SHIELD_NAMES, type ShieldCategory } from '../../shared/categories';
import type { QueueCounts } from '../../shared/records';

/** "12 hidden: 3 Threat, 9 Insult": the count the target sees instead of the content. */
export function CountsSummary({ counts }: { counts: QueueCounts }) {
  const parts = (Object.keys(SHIELD_NAMES) as ShieldCategory[])
    .filter((c) => counts[c])
    .map((c) => `${counts[c]} ${SHIELD_NAMES[c]}`);
  return (
    <p class="counts" data-testid="counts">
      <strong>{counts.total}</strong> hidden{parts.length ? `: ${parts.join(', ')}` : ''}
    </p>
  );
}
