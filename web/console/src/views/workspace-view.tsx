/** The signed-in workspace: top bar, conversation lists, the open conversation, the order side. */
import type { ConsoleAgent } from '../api/schemas.ts';
import { useWorkspace } from '../state/use-workspace.ts';
import { useUi } from '../ui-context.ts';
import { ConversationLists } from './conversation-lists.tsx';
import { ConversationView } from './conversation-view.tsx';
import { SidePanel } from './side-panel.tsx';
import { TopBar } from './top-bar.tsx';

/** The workspace of `agent`; `onAgent(null)` returns to the sign-in page. */
export function WorkspaceView(props: {
  agent: ConsoleAgent;
  onAgent(agent: ConsoleAgent | null): void;
}) {
  const { t } = useUi();
  const ws = useWorkspace(useUi().api, () => props.onAgent(null));
  const agent = ws.snapshot?.agent ?? props.agent;
  return (
    <div class="workspace">
      <TopBar agent={agent} connected={ws.connected} onAgent={props.onAgent} refresh={ws.refresh} />
      <div class="columns">
        <ConversationLists ws={ws} agent={agent} />
        {ws.detail ? (
          <ConversationView ws={ws} detail={ws.detail} agent={agent} />
        ) : (
          <main class="conversation empty-state">
            <p>{t.pickConversation}</p>
          </main>
        )}
        {ws.detail ? (
          <SidePanel ws={ws} detail={ws.detail} agent={agent} />
        ) : (
          <aside class="side" />
        )}
      </div>
    </div>
  );
}
