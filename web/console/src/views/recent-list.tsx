/**
 * The left column's "recently closed" list: the shop's latest resolved or handed-back
 * handoffs, newest first, so a conversation that left the queue can still be opened (read only).
 */
import type { RecentRow } from '../api/schemas.ts';
import { formatTime } from '../model/format.ts';
import type { Workspace } from '../state/use-workspace.ts';
import { useUi } from '../ui-context.ts';

function Row({ row, ws }: { row: RecentRow; ws: Workspace }) {
  const { t } = useUi();
  return (
    <li
      class={`row recent-row${ws.selected === row.conversation_id ? ' selected' : ''}`}
      data-conversation={row.conversation_id}
      onClick={() => ws.select(row.conversation_id)}
    >
      <div class="row-top">
        <span class="who">{row.customer_name ?? row.customer_id ?? t.anonymous}</span>
        <span class={`badge reason reason-${row.reason}`}>{t.reasons[row.reason]}</span>
        <span class={`badge status-${row.status}`}>{t.conversationStatus[row.status]}</span>
      </div>
      <p class="muted closed-at">
        {t.closedAt(formatTime(row.closed_at, t.locale), row.assigned_name ?? row.assigned_to)}
      </p>
    </li>
  );
}

/** The recently closed conversations of the shop. */
export function RecentList({ rows, ws }: { rows: RecentRow[]; ws: Workspace }) {
  const { t } = useUi();
  return (
    <section class="list recent" id="recent">
      <h2>
        {t.recent} <span class="count">{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p class="muted empty">{t.emptyRecent}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <Row key={row.conversation_id} row={row} ws={ws} />
          ))}
        </ul>
      )}
    </section>
  );
}
