/** Shortcut chips: a tap sends the choice's value as the customer's text (typing works too). */
import { useContext } from 'preact/hooks';
import type { MessagePart } from '../../../../src/domain/conversation.ts';
import { UiContext } from './ui-context.ts';

type ChoicesPart = Extract<MessagePart, { kind: 'choices' }>;

/** The chips of the latest message. */
export function ChoiceChips({ part }: { part: ChoicesPart }) {
  const { t, send } = useContext(UiContext);
  return (
    <div class="chips" role="group" aria-label={t.choices}>
      {part.choices.map((c) => (
        <button key={c.value} type="button" class="chip" onClick={() => send(c.value)}>
          {c.label}
        </button>
      ))}
    </div>
  );
}
