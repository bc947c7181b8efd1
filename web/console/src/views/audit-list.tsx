/** The conversation's action audit: what was done (or refused), by whom, when. */
import { z } from 'zod';
import { ACTION_TYPES } from '../../../../src/engine/actions/action-definition.ts';
import type { AuditRow, TeamMember } from '../api/schemas.ts';
import { formatTime } from '../model/format.ts';
import { useUi } from '../ui-context.ts';

const ActionName = z.enum(ACTION_TYPES);
const Items = z.array(
  z.looseObject({
    from_sku: z.string().optional(),
    to_sku: z.string().optional(),
    sku: z.string().optional(),
    quantity: z.number().optional(),
  }),
);

function describe(detail: Record<string, unknown>): string {
  const items = Items.safeParse(detail['items']);
  const parts: string[] = [];
  for (const i of items.success ? items.data : []) {
    if (i.from_sku) parts.push(`${i.from_sku} → ${i.to_sku ?? ''}`);
    else if (i.sku) parts.push(`${i.sku} ×${i.quantity ?? 1}`);
  }
  for (const key of ['rule', 'reason', 'override_reason', 'refund_amount', 'kind']) {
    const v = detail[key];
    if (typeof v === 'string' || typeof v === 'number') parts.push(`${key}: ${v}`);
  }
  return parts.join(' · ');
}

/** The audit card. */
export function AuditList({ audit, team }: { audit: AuditRow[]; team: TeamMember[] }) {
  const { t } = useUi();
  const name = (a: AuditRow) =>
    a.actor === 'agent'
      ? (team.find((m) => m.id === a.actorId)?.display_name ?? t.actors.agent)
      : t.actors[a.actor];
  return (
    <section class="card audit" id="audit">
      <h3>{t.audit}</h3>
      {audit.length === 0 && <p class="muted">{t.noAudit}</p>}
      <ol>
        {[...audit].reverse().map((a) => (
          <li key={a.id} data-action={a.action} data-outcome={a.outcome}>
            <div class="audit-head">
              <strong>
                {ActionName.safeParse(a.action).success
                  ? t.actionNames[ActionName.parse(a.action)]
                  : a.action}
              </strong>
              <span class={`badge outcome-${a.outcome}`}>{t.outcomes[a.outcome]}</span>
            </div>
            <p class="muted">
              {name(a)} · {a.orderId ?? ''} · {formatTime(a.createdAt, t.locale)}
            </p>
            <p class="audit-detail">{describe(a.detail)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
