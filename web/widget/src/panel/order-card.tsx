/** An order: its status, items, total, carrier and the latest tracking events (newest first). */
import { useContext } from 'preact/hooks';
import type { MessagePart } from '../../../../src/domain/conversation.ts';
import { money, shortDateTime } from './format.ts';
import { UiContext } from './ui-context.ts';

type OrderPart = Extract<MessagePart, { kind: 'order' }>;

/** The order card. */
export function OrderCard({ part }: { part: OrderPart }) {
  const { t, currency, timeZone } = useContext(UiContext);
  const price = (n: number) => money(n, currency, t.locale);
  return (
    <section class="card order-card" aria-label={t.order(part.order_id)}>
      <div class="card-head">
        <h2 class="card-title">{t.order(part.order_id)}</h2>
        <span class={`pill status-${part.status}`}>
          {t.orderStatus[part.status] ?? part.status}
        </span>
      </div>
      <ul class="items">
        {part.items.map((item) => (
          <li key={item.sku}>
            <span class="item-title">{item.title}</span>
            <span class="item-qty">{t.quantity(item.quantity)}</span>
            <span class="item-price">{price(item.price)}</span>
          </li>
        ))}
      </ul>
      {part.total === undefined ? null : (
        <p class="total">
          {t.total} <strong>{price(part.total)}</strong>
        </p>
      )}
      {part.carrier && part.tracking_no ? (
        <p class="tracking">{t.tracking(part.carrier, part.tracking_no)}</p>
      ) : null}
      {part.events && part.events.length > 0 ? (
        <>
          <h3 class="card-subtitle">{t.timeline}</h3>
          <ol class="timeline">
            {part.events.map((e, i) => (
              <li key={`${e.at}-${i}`} class={i === 0 ? 'latest' : undefined}>
                <time dateTime={e.at}>{shortDateTime(e.at, t.locale, timeZone)}</time>
                <span>
                  {e.location ? `${e.location} · ` : ''}
                  {e.text}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
