import { useEffect, useState } from 'preact/hooks';
import type { ArchivedItem, QueueCounts, ReviewStatus } from '../../shared/records';
import { callBackground } from '../../shared/client';
import { CountsSummary } from '../shared/counts-summary';
import { QueueItem } from '../shared/queue-item';

/**
 * The popup: a calm count first, then the queue for the delegate. Item text is rendered by preact
 * as text nodes (never as HTML) and stays folded until someone opens it on purpose.
 */
export function Popup() {
  const [items, setItems] = useState<ArchivedItem[]>([]);
  const [counts, setCounts] = useState<QueueCounts>({ total: 0 });
  const [error, setError] = useState<string>();
  const [loaded, setLoaded] = useState(false);

  const load = () =>
    callBackground('queue/list', { limit: 50, offset: 0 })
      .then((r) => {
        setItems(r.items);
        setCounts(r.counts);
        setError(undefined);
      })
      .catch((e: unknown) => setError(String(e)))
      .finally(() => setLoaded(true));

  useEffect(() => {
    void load();
  }, []);

  const decide = (id: string, status: ReviewStatus) =>
    callBackground('queue/set-status', { id, status }).then(load, (e: unknown) => setError(String(e)));

  return (
    <div class="popup">
      <header>
        <h1>Ward</h1>
        <CountsSummary counts={counts} />
      </header>
      {error && <p role="alert" class="error">Could not load the queue: {error}</p>}
      {loaded && !items.length && !error && <p class="empty">Nothing hidden so far.</p>}
      <ol class="queue" aria-label="Hidden items">
        {items.map((item) => (
          <QueueItem key={item.id} item={item} onDecide={decide} />
        ))}
      </ol>
      <footer>
        <a href="../options/index.html" target="_blank" rel="noreferrer">Settings</a>
      </footer>
    </div>
  );
}
