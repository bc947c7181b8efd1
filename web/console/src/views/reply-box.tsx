/**
 * The reply box: a reply to the customer or an internal note, canned replies with their
 * variables filled ({order_id} from the order in the side panel or the summary), and the bot's
 * suggested reply, which the agent can send, edit or ignore.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ConsoleAgent, Detail, Macro } from '../api/schemas.ts';
import { fillMacro } from '../model/fill-macro.ts';
import type { Workspace } from '../state/use-workspace.ts';
import { useUi } from '../ui-context.ts';
import { mayAct } from './conversation-header.tsx';
import { currentOrderId } from './side-panel.tsx';

/** The composer under the history. */
export function ReplyBox(props: { ws: Workspace; detail: Detail; agent: ConsoleAgent }) {
  const { t, api } = useUi();
  const { ws, detail, agent } = props;
  const id = detail.conversation.id;
  const [mode, setMode] = useState<'reply' | 'note'>('reply');
  const [text, setText] = useState('');
  const [macros, setMacros] = useState<Macro[]>([]);
  const [ignored, setIgnored] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const canReply = detail.conversation.status === 'with_agent' && mayAct(detail, agent);
  const note = mode === 'note';

  useEffect(() => {
    api.macros().then(
      (a) => setMacros(a.macros),
      () => setMacros([]),
    );
  }, [api]);
  useEffect(() => setText(''), [id]);

  const send = async (body: string) => {
    const clean = body.trim();
    if (!clean) return;
    setError(false);
    try {
      if (note) await api.note(id, clean);
      else await api.reply(id, clean, crypto.randomUUID());
      setText('');
      await ws.refresh();
    } catch {
      setError(true);
    }
  };
  const values = {
    order_id: currentOrderId(detail, ws.orderId),
    customer_name: detail.customer.name,
    agent_name: agent.display_name,
  };
  const suggestion = detail.suggestion && detail.suggestion !== ignored ? detail.suggestion : null;
  const disabled = !note && !canReply;

  return (
    <section class={`reply-box${note ? ' note-mode' : ''}`}>
      {suggestion && canReply && !note && (
        <div class="suggestion">
          <span class="badge ai">AI</span>
          <strong>{t.suggestion}</strong>
          <p title={suggestion}>{suggestion}</p>
          <div class="buttons">
            <button type="button" class="small primary" onClick={() => void send(suggestion)}>
              {t.useSuggestion}
            </button>
            <button type="button" class="small" onClick={() => setText(suggestion)}>
              {t.editSuggestion}
            </button>
            <button type="button" class="small ghost" onClick={() => setIgnored(suggestion)}>
              {t.ignoreSuggestion}
            </button>
          </div>
        </div>
      )}
      <div class="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={!note} onClick={() => setMode('reply')}>
          {t.replyTab}
        </button>
        <button type="button" role="tab" aria-selected={note} onClick={() => setMode('note')}>
          {t.noteTab}
        </button>
        {!note && (
          <div class="macros" aria-label={t.macros}>
            {macros.map((m) => (
              <button
                type="button"
                key={m.id}
                class="chip"
                title={m.body}
                disabled={disabled}
                onClick={() => setText(fillMacro(m.body, values))}
              >
                {m.title}
              </button>
            ))}
          </div>
        )}
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send(text);
        }}
      >
        <textarea
          name={note ? 'note' : 'reply'}
          rows={3}
          value={text}
          disabled={disabled}
          placeholder={disabled ? t.claimFirst : note ? t.notePlaceholder : t.replyPlaceholder}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              void send(text);
            }
          }}
        />
        <button type="submit" class="primary" disabled={disabled || !text.trim()}>
          {note ? t.addNote : t.send}
        </button>
      </form>
      {error && (
        <p class="form-error" role="alert">
          {t.error}
        </p>
      )}
    </section>
  );
}
