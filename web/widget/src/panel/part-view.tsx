/** Chooses the card for one structured part of a message. */
import type { MessagePart } from '../../../../src/domain/conversation.ts';
import type { LiveQueue } from '../client/live-link.ts';
import { ChoiceChips } from './choice-chips.tsx';
import { ConfirmPrompt } from './confirm-prompt.tsx';
import { OrderCard } from './order-card.tsx';
import { ProductCard } from './product-card.tsx';
import { QueueCard } from './queue-card.tsx';

/** The card of `part`; chips and buttons only while `interactive`. */
export function PartView(props: {
  part: MessagePart;
  interactive: boolean;
  liveQueue: LiveQueue | null;
  showQueue: boolean;
}) {
  const { part, interactive } = props;
  switch (part.kind) {
    case 'order':
      return <OrderCard part={part} />;
    case 'product':
      return <ProductCard part={part} />;
    case 'queue':
      if (!props.showQueue) return null;
      return <QueueCard part={props.liveQueue ? { ...part, ...props.liveQueue } : part} />;
    case 'choices':
      return interactive ? <ChoiceChips part={part} /> : null;
    case 'confirm':
      return <ConfirmPrompt part={part} interactive={interactive} />;
  }
}
