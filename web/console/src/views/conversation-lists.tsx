/**
 * The left column: the queue (priority order, waiting times ticking with SLA colours, reason
 * badges, claim — and for supervisors, assign to an agent), my conversations, for supervisors
 * the team's conversations, and the shop's recently closed ones.
 */
import { useEffect, useState } from 'preact/hooks';
import { supervises } from '../../../../src/domain/agent.ts';
import { ApiError } from '../api/console-api.ts';
import type { ConsoleAgent, QueueRow } from '../api/schemas.ts';
import { queueOrder } from '../model/queue-order.ts';
import { formatWait, slaLevel } from '../model/sla.ts';
import type { Workspace } from '../state/use-workspace.ts';
import { useUi } from '../ui-context.ts';
import { AgentPicker } from './agent-picker.tsx';
import { RecentList } from './recent-list.tsx';

/** Seconds since `fetchedAt`, ticking every second. */
function useElapsed(fetchedAt: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, (now - fetchedAt) / 1000);
}

function Row(props: {
  row: QueueRow;
  ws: Workspace;
  elapsed: number;
  claim?: boolean;
  assign?: boolean;
}) {
  const { t, api } = useUi();
  const { row, ws } = props;
  const [error, setError] = useState<string | null>(null);
  const waited = row.waiting_seconds + props.elapsed;
  const owner = ws.snapshot?.team.find((a) => a.id === row.assigned_to);
  const unread = ws.unread[row.conversation_id] ?? 0;
  const take = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      ws.select(row.conversation_id);
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'conflict' ? t.taken : t.error);
    }
    await ws.refresh();
  };
  const claim = (e: Event) => {
    e.stopPropagation();
    void take(() => api.claim(row.conversation_id));
  };
  return (
    <li
      class={`row${ws.selected === row.conversation_id ? ' selected' : ''}`}
      data-conversation={row.conversation_id}
      onClick={() => ws.select(row.conversation_id)}
    >
      <div class="row-top">
        <span class="who">{row.customer_name ?? row.customer_id ?? t.anonymous}</span>
        {row.priority === 0 && <span class="badge urgent">{t.urgent}</span>}
        <span class={`badge reason reason-${row.reason}`}>{t.reasons[row.reason]}</span>
        {unread > 0 && <span class="badge unread">{unread}</span>}
      </div>
      <p class="snippet">{row.last_customer_text ?? '…'}</p>
      <div class="row-bottom">
        {row.status === 'queued' ? (
          <span class={`wait sla-${slaLevel(waited)}`}>{t.waited(formatWait(waited))}</span>
        ) : (
          <span class="muted">{owner ? t.withAgent(owner.display_name) : ''}</span>
        )}
        {props.assign && (
          <AgentPicker
            name="assign"
            label={t.assign}
            placeholder={t.assign}
            team={ws.snapshot?.team ?? []}
            onPick={(to) => void take(() => api.transfer(row.conversation_id, to))}
          />
        )}
        {props.claim && (
          <button type="button" class="small primary claim" onClick={claim}>
            {t.claim}
          </button>
        )}
      </div>
      {error && <p class="form-error">{error}</p>}
    </li>
  );
}

function Section(props: {
  title: string;
  empty: string;
  rows: QueueRow[];
  ws: Workspace;
  elapsed: number;
  claim?: boolean;
  assign?: boolean;
  id: string;
}) {
  return (
    <section class="list" id={props.id}>
      <h2>
        {props.title} <span class="count">{props.rows.length}</span>
      </h2>
      {props.rows.length === 0 ? (
        <p class="muted empty">{props.empty}</p>
      ) : (
        <ul>
          {queueOrder(props.rows).map((row) => (
            <Row key={row.conversation_id} {...props} row={row} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The conversation lists. */
export function ConversationLists({ ws, agent }: { ws: Workspace; agent: ConsoleAgent }) {
  const { t } = useUi();
  const elapsed = useElapsed(ws.fetchedAt);
  const s = ws.snapshot;
  if (!s) return <nav class="lists" />;
  const common = { ws, elapsed };
  return (
    <nav class="lists">
      <Section
        id="queue"
        title={t.queue}
        empty={t.emptyQueue}
        rows={s.queue}
        claim
        assign={supervises(agent.role)}
        {...common}
      />
      <Section id="mine" title={t.mine} empty={t.emptyMine} rows={s.mine} {...common} />
      {supervises(agent.role) && (
        <Section id="others" title={t.others} empty={t.emptyOthers} rows={s.others} {...common} />
      )}
      <RecentList rows={s.recent} ws={ws} />
    </nav>
  );
}
