/**
 * The middle column: the conversation's header and controls, handoff summary, history, reply box.
 * A conversation no longer with a person (resolved, or back with the bot) is shown read only.
 */
import type { ConsoleAgent, Detail } from '../api/schemas.ts';
import { isClosed } from '../model/is-closed.ts';
import type { Workspace } from '../state/use-workspace.ts';
import { useUi } from '../ui-context.ts';
import { ConversationHeader } from './conversation-header.tsx';
import { HandoffSummaryCard } from './handoff-summary.tsx';
import { History } from './history.tsx';
import { ReplyBox } from './reply-box.tsx';

/** One conversation in full. */
export function ConversationView(props: { ws: Workspace; detail: Detail; agent: ConsoleAgent }) {
  const { t } = useUi();
  const { detail } = props;
  return (
    <main class="conversation" data-conversation={detail.conversation.id}>
      <ConversationHeader {...props} />
      {detail.handoff && <HandoffSummaryCard detail={detail} />}
      <History detail={detail} team={props.ws.snapshot?.team ?? []} />
      {isClosed(detail.conversation.status) ? (
        <p class="read-only muted" role="status">
          {t.readOnly}
        </p>
      ) : (
        <ReplyBox {...props} />
      )}
    </main>
  );
}
