import { SHIELD_NAMES } from '../../shared/categories';
import type { ArchivedItem, ReviewStatus } from '../../shared/records';

const STATUS_NAMES: Record<ReviewStatus, string> = {
  pending: 'Not reviewed',
  confirmed: 'Confirmed',
  false_positive: 'False positive',
  escalated: 'Escalated',
};

/** One archived item. All archived fields are hostile page content and are rendered as text. */
export function QueueItem({ item, onDecide }: { item: ArchivedItem; onDecide: (id: string, status: ReviewStatus) => void }) {
  return (
    <li class="item" data-testid="queue-item" data-id={item.id}>
      <div class="meta">
        <span class="category">{SHIELD_NAMES[item.category] ?? item.category}</span>
        <span class="author">{item.author ?? 'unknown author'}</span>
        <span class="site">{item.site}</span>
        <time dateTime={item.seenAt}>{new Date(item.seenAt).toLocaleString()}</time>
        <span class="status">{STATUS_NAMES[item.status]}</span>
      </div>
      <details>
        <summary>Show text</summary>
        <p class="text" data-testid="queue-item-text">{item.text}</p>
      </details>
      <div class="actions">
        <button type="button" onClick={() => onDecide(item.id, 'confirmed')}>Confirm</button>
        <button type="button" onClick={() => onDecide(item.id, 'false_positive')}>Not abuse</button>
        <button type="button" onClick={() => onDecide(item.id, 'escalated')}>Escalate</button>
      </div>
    </li>
  );
}
