/**
 * The right column: the customer card, their orders with the order actions (not on a closed,
 * read-only conversation), and the audit.
 */
import type { ConsoleAgent, Detail } from '../api/schemas.ts';
import { formatMoney, formatTime } from '../model/format.ts';
import { isClosed } from '../model/is-closed.ts';
import type { Workspace } from '../state/use-workspace.ts';
import { useUi } from '../ui-context.ts';
import { ActionForm } from './action-form.tsx';
import { AuditList } from './audit-list.tsx';

/** The order the panel shows: the one picked, else the summary's, else the newest. */
export function currentOrderId(detail: Detail, picked: string | null): string | null {
  const ids = detail.customer.orders.map((o) => o.id);
  const summary = detail.handoff?.summary.order_id;
  if (picked && ids.includes(picked)) return picked;
  if (summary && ids.includes(summary)) return summary;
  return ids[0] ?? summary ?? null;
}

/** The side panel of the open conversation. */
export function SidePanel(props: { ws: Workspace; detail: Detail; agent: ConsoleAgent }) {
  const { t } = useUi();
  const { ws, detail } = props;
  const c = detail.customer;
  const orders = c.orders;
  const current = orders.find((o) => o.id === currentOrderId(detail, ws.orderId));
  return (
    <aside class="side">
      <section class="card customer-card">
        <h3>{t.customer}</h3>
        <p class="customer-name">
          {c.name ?? t.anonymous}
          {c.signed_in && <span class="badge signed">{t.signedIn}</span>}
        </p>
        {c.phone && (
          <p class="muted">
            {t.phone} {c.phone}
          </p>
        )}
      </section>
      <section class="card orders" id="orders">
        <h3>{t.orders}</h3>
        {orders.length === 0 && <p class="muted">{t.noOrders}</p>}
        <ul>
          {orders.map((o) => (
            <li key={o.id} class={`order${o.id === current?.id ? ' selected' : ''}`}>
              <button type="button" class="order-head" onClick={() => ws.selectOrder(o.id)}>
                <span class="order-id">{o.id}</span>
                <span class={`badge order-${o.status}`}>{t.orderStatus[o.status] ?? o.status}</span>
              </button>
              {o.id === current?.id && (
                <div class="order-body">
                  <p class="muted">
                    {formatTime(o.created_at, t.locale)}
                    {o.total !== null && ` · ${formatMoney(o.total, t.locale)}`}
                    {o.carrier && o.tracking_no && ` · ${t.trackingNo(o.carrier, o.tracking_no)}`}
                  </p>
                  <ul class="items">
                    {o.items.map((i) => (
                      <li key={i.sku}>
                        <code>{i.sku}</code> {t.quantity(i.quantity)} ·{' '}
                        {formatMoney(i.unit_price, t.locale)}
                      </li>
                    ))}
                  </ul>
                  {o.after_sales.length > 0 && (
                    <p class="muted">
                      {t.afterSales}:{' '}
                      {o.after_sales.map((a) => `${a.type}/${a.status ?? ''}`).join(', ')}
                    </p>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
        {current && !isClosed(detail.conversation.status) && (
          <ActionForm
            key={current.id}
            order={current}
            conversationId={detail.conversation.id}
            agent={props.agent}
            onDone={ws.refresh}
          />
        )}
      </section>
      <AuditList audit={detail.audit} team={ws.snapshot?.team ?? []} />
    </aside>
  );
}
