/** A drop-down of the team that hands a conversation to the agent picked (assign or transfer). */
import type { TeamMember } from '../api/schemas.ts';
import { useUi } from '../ui-context.ts';

/** The picker; it always shows `placeholder`, and `onPick` gets the chosen agent's id. */
export function AgentPicker(props: {
  name: string;
  label: string;
  placeholder: string;
  team: TeamMember[];
  onPick(agentId: string): void;
}) {
  const { t } = useUi();
  return (
    <select
      name={props.name}
      aria-label={props.label}
      value=""
      // Inside a list row: picking must not also open the conversation.
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => {
        const to = e.currentTarget.value;
        if (to) props.onPick(to);
      }}
    >
      <option value="">{props.placeholder}</option>
      {props.team.map((a) => (
        <option key={a.id} value={a.id}>
          {a.display_name} · {t.statuses[a.status]} ({a.load}/{a.capacity})
        </option>
      ))}
    </select>
  );
}
