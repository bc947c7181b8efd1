/**
 * The handoff summary at the top of a conversation: why the bot handed off, the intent and the
 * details it found, the order, frustration as a bar, and the last thing each side said.
 * It folds away (a <details> element) when the history needs the room on a small screen.
 */
import type { Detail } from '../api/schemas.ts';
import { useUi } from '../ui-context.ts';

const show = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);

/** The summary card. */
export function HandoffSummaryCard({ detail }: { detail: Detail }) {
  const { t } = useUi();
  const handoff = detail.handoff;
  if (!handoff) return null;
  const s = handoff.summary;
  const slots = Object.entries(s.slots ?? {}).filter(([, v]) => v !== null && v !== undefined);
  const frustration = Math.min(1, Math.max(0, s.frustration ?? 0));
  const level = frustration >= 0.7 ? 'high' : frustration >= 0.4 ? 'mid' : 'low';
  return (
    <details class="summary" open>
      <summary>{t.summary}</summary>
      <dl>
        <dt>{t.reason}</dt>
        <dd>
          <span class={`badge reason reason-${handoff.reason}`}>{t.reasons[handoff.reason]}</span>
        </dd>
        <dt>{t.intent}</dt>
        <dd>
          <code>{s.intent ?? t.none}</code>
        </dd>
        <dt>{t.order}</dt>
        <dd>{s.order_id ?? t.none}</dd>
        <dt>{t.frustration}</dt>
        <dd>
          <span
            class={`bar ${level}`}
            role="meter"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(frustration * 100)}
          >
            <span style={{ width: `${Math.round(frustration * 100)}%` }} />
          </span>
          <span class="bar-value">{Math.round(frustration * 100)}%</span>
        </dd>
        <dt>{t.slots}</dt>
        <dd class="slots">
          {slots.length === 0
            ? t.none
            : slots.map(([k, v]) => (
                <span key={k} class="chip static">
                  {k}: {show(v)}
                </span>
              ))}
        </dd>
        <dt>{t.customerSaid}</dt>
        <dd class="quote" title={s.last_customer_text ?? ''}>
          {s.last_customer_text ?? t.none}
        </dd>
        <dt>{t.botSaid}</dt>
        <dd class="quote bot" title={s.last_bot_text ?? ''}>
          {s.last_bot_text ?? t.none}
        </dd>
      </dl>
    </details>
  );
}
