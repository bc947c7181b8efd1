/**
 * The order actions as the bot has them, run through the actions endpoint (same policy checks).
 * A refusal shows its reason in both languages; a supervisor may override an overridable rule
 * with a written reason, which the audit keeps.
 */
import { useState } from 'preact/hooks';
import { supervises } from '../../../../src/domain/agent.ts';
import { ACTION_TYPES, type ActionType } from '../../../../src/engine/actions/action-definition.ts';
import { z } from 'zod';
import type { ActionResult, ConsoleAgent, CustomerOrder } from '../api/schemas.ts';
import { actionParams, blankFields } from '../model/action-params.ts';
import { useUi } from '../ui-context.ts';
import { ActionFieldsView } from './action-fields.tsx';

const ActionTypeSchema = z.enum(ACTION_TYPES);

/** The action form of one order. */
export function ActionForm(props: {
  order: CustomerOrder;
  conversationId: string;
  agent: ConsoleAgent;
  onDone(): Promise<void>;
}) {
  const { t, lang, api } = useUi();
  const [type, setType] = useState<ActionType>('exchange');
  const [fields, setFields] = useState(() => blankFields(props.order.items[0]?.sku));
  const [result, setResult] = useState<ActionResult | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (override?: string) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.action(props.conversationId, {
        type,
        order_id: props.order.id,
        params: actionParams(type, fields),
        ...(override ? { override_reason: override } : {}),
        key: crypto.randomUUID(),
      });
      setResult(answer);
      if (answer.status === 'executed') setOverrideReason('');
      await props.onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : t.error);
    } finally {
      setBusy(false);
    }
  };
  const refused = result?.status === 'refused' ? result : null;
  const other = lang === 'en' ? 'zh' : 'en';

  return (
    <form
      class="action-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <h4>{t.actions}</h4>
      <label>
        <select
          name="action"
          aria-label={t.actions}
          value={type}
          onChange={(e) => {
            setType(ActionTypeSchema.parse(e.currentTarget.value));
            setResult(null);
          }}
        >
          {ACTION_TYPES.map((a) => (
            <option key={a} value={a}>
              {t.actionNames[a]}
            </option>
          ))}
        </select>
      </label>
      <ActionFieldsView type={type} order={props.order} fields={fields} set={setFields} />
      <button type="submit" class="primary" disabled={busy}>
        {t.run} · {t.actionNames[type]}
      </button>
      {result?.status === 'executed' && (
        <p class="result ok" role="status">
          {t.executed}
        </p>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {refused && (
        <div class="result refused" role="alert">
          <strong>{t.refused}</strong>
          <p>{refused.reason[lang === 'en' ? 'en' : 'zh']}</p>
          <p class="muted" lang={other}>
            {refused.reason[other]}
          </p>
          <code class="muted">{refused.rule}</code>
          {!refused.overridable && <p class="muted">{t.notOverridable}</p>}
          {refused.overridable && supervises(props.agent.role) && (
            <div class="override">
              <label>
                {t.overrideReason}
                <textarea
                  name="override_reason"
                  rows={2}
                  value={overrideReason}
                  onInput={(e) => setOverrideReason(e.currentTarget.value)}
                />
              </label>
              {overrideReason.trim().length < 5 && <p class="muted">{t.overrideHint}</p>}
              <button
                type="button"
                class="danger"
                disabled={busy || overrideReason.trim().length < 5}
                onClick={() => void run(overrideReason.trim())}
              >
                {t.override}
              </button>
            </div>
          )}
        </div>
      )}
    </form>
  );
}
