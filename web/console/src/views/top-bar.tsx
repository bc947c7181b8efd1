/** The top bar: name, live connection, the agent's status switch, language, sign-out. */
import {
  AGENT_STATUSES,
  AgentStatusSchema,
  type AgentStatus,
} from '../../../../src/domain/agent.ts';
import type { ConsoleAgent } from '../api/schemas.ts';
import { useUi } from '../ui-context.ts';
import { LangSwitch } from './lang-switch.tsx';

/** The bar across the top of the workspace. */
export function TopBar(props: {
  agent: ConsoleAgent;
  connected: boolean;
  onAgent(agent: ConsoleAgent | null): void;
  refresh(): Promise<void>;
}) {
  const { t, api } = useUi();
  const { agent } = props;

  const setStatus = async (status: AgentStatus) => {
    props.onAgent((await api.setStatus(status)).agent);
    await props.refresh();
  };
  const signOut = async () => {
    await api.signOut().catch(() => undefined);
    props.onAgent(null);
  };

  return (
    <header class="top-bar">
      <h1>{t.appName}</h1>
      <span class={`live ${props.connected ? 'on' : 'off'}`} role="status">
        {props.connected ? t.live : t.reconnecting}
      </span>
      <div class="spacer" />
      <label class="status-switch">
        <span class={`dot ${agent.status}`} aria-hidden="true" />
        {t.status}
        <select
          name="status"
          value={agent.status}
          onChange={(e) => void setStatus(AgentStatusSchema.parse(e.currentTarget.value))}
        >
          {AGENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.statuses[s]}
            </option>
          ))}
        </select>
      </label>
      <LangSwitch />
      <span class="who">
        {agent.display_name}
        <small>{t.roles[agent.role]}</small>
      </span>
      <button type="button" class="ghost" onClick={() => void signOut()}>
        {t.signOut}
      </button>
    </header>
  );
}
