/** A customer message the server has not confirmed: pending, or refused with a retry button. */
import { useContext } from 'preact/hooks';
import type { OutboxEntry } from '../client/outbox.ts';
import { UiContext } from './ui-context.ts';

/** One unsent message. */
export function PendingItem({
  entry,
  onRetry,
}: {
  entry: OutboxEntry;
  onRetry: (id: string) => void;
}) {
  const { t } = useContext(UiContext);
  return (
    <div class="message from-customer pending" data-state={entry.state}>
      <span class="author">{t.you}</span>
      <p class="bubble">{entry.text}</p>
      <p class="meta">
        {entry.state === 'failed' ? t.failed : t.pending}
        {entry.state === 'failed' ? (
          <button type="button" class="link-button" onClick={() => onRetry(entry.client_id)}>
            {t.retry}
          </button>
        ) : null}
      </p>
    </div>
  );
}
