/** The customer's place in the human queue: how many are ahead and the wait, or when we open. */
import { useContext } from 'preact/hooks';
import type { MessagePart } from '../../../../src/domain/conversation.ts';
import { shortDateTime } from './format.ts';
import { UiContext } from './ui-context.ts';

type QueuePart = Extract<MessagePart, { kind: 'queue' }>;

/** The queue card. */
export function QueueCard({ part }: { part: QueuePart }) {
  const { t, timeZone } = useContext(UiContext);
  const ahead = Math.max(0, part.position - 1);
  const wait =
    part.eta_minutes !== null
      ? t.queueEta(part.eta_minutes)
      : part.opens_at
        ? t.queueOpens(shortDateTime(part.opens_at, t.locale, timeZone))
        : t.queueLater;
  return (
    <section class="card queue-card" aria-label={t.queueTitle}>
      <h2 class="card-title">{t.queueTitle}</h2>
      <p class="queue-position" data-position={part.position}>
        {t.queueAhead(ahead)}
      </p>
      <p class="queue-wait">{wait}</p>
    </section>
  );
}
