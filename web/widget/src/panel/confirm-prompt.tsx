/**
 * A consequential action waiting for the customer's word: the summary and explicit buttons that
 * send "确认"/"yes" (or "不用了"/"no") as text, exactly as if typed.
 */
import { useContext } from 'preact/hooks';
import type { MessagePart } from '../../../../src/domain/conversation.ts';
import { UiContext } from './ui-context.ts';

type ConfirmPart = Extract<MessagePart, { kind: 'confirm' }>;

/** The confirmation card; buttons only while it is the latest message. */
export function ConfirmPrompt({ part, interactive }: { part: ConfirmPart; interactive: boolean }) {
  const { t, send } = useContext(UiContext);
  return (
    <section class="card confirm-card" aria-label={part.summary}>
      <p class="confirm-summary">{part.summary}</p>
      {interactive ? (
        <div class="confirm-actions">
          <button type="button" class="button primary" onClick={() => send(t.yesText)}>
            {t.yes}
          </button>
          <button type="button" class="button" onClick={() => send(t.noText)}>
            {t.no}
          </button>
        </div>
      ) : null}
    </section>
  );
}
