/**
 * The conversation's header: who and what status, and claim / resolve / hand back / transfer;
 * a supervisor may also assign a queued conversation to an agent. A resolved conversation, or
 * one back with the bot, has no controls: it is open read only.
 */
import { useState } from 'preact/hooks';
import { supervises } from '../../../../src/domain/agent.ts';
import { ApiError } from '../api/console-api.ts';
import type { ConsoleAgent, Detail } from '../api/schemas.ts';
import type { Workspace } from '../state/use-workspace.ts';
import { useUi } from '../ui-context.ts';
import { AgentPicker } from './agent-picker.tsx';

/** Whether `agent` may act on the conversation (its owner, or a supervisor). */
export const mayAct = (detail: Detail, agent: ConsoleAgent) =>
  detail.handoff?.assigned_to === agent.id || supervises(agent.role);

/** The header of the open conversation. */
export function ConversationHeader(props: { ws: Workspace; detail: Detail; agent: ConsoleAgent }) {
  const { t, api } = useUi();
  const { ws, detail, agent } = props;
  const [error, setError] = useState<string | null>(null);
  const id = detail.conversation.id;
  const status = detail.conversation.status;
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'conflict' ? t.taken : t.error);
    }
    await ws.refresh();
  };
  const open = status === 'with_agent' && mayAct(detail, agent);
  const team = (ws.snapshot?.team ?? []).filter((a) => a.id !== detail.handoff?.assigned_to);

  return (
    <header class="conversation-header">
      <div class="title">
        <h2>{detail.customer.name ?? t.anonymous}</h2>
        <span class={`badge status-${status}`}>{t.conversationStatus[status]}</span>
        <code class="muted">{id.slice(0, 8)}</code>
      </div>
      <div class="controls">
        {status === 'queued' && supervises(agent.role) && (
          <AgentPicker
            name="assign"
            label={t.assign}
            placeholder={t.assignTo}
            team={team}
            onPick={(to) => void run(() => api.transfer(id, to))}
          />
        )}
        {status === 'queued' && (
          <button type="button" class="primary" onClick={() => void run(() => api.claim(id))}>
            {t.claim}
          </button>
        )}
        {open && (
          <>
            <AgentPicker
              name="transfer"
              label={t.transfer}
              placeholder={t.transferTo}
              team={team}
              onPick={(to) => void run(() => api.transfer(id, to))}
            />
            <button type="button" onClick={() => void run(() => api.release(id))}>
              {t.handBack}
            </button>
            <button type="button" class="primary" onClick={() => void run(() => api.resolve(id))}>
              {t.resolve}
            </button>
          </>
        )}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </header>
  );
}
