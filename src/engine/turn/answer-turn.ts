/**
 * Answers one new customer message inside the turn's transaction: store it, understand it, run
 * the bot (unless a person owns the conversation), word the replies in the customer's language
 * and script without repeating the last one, move the status, and save the state.
 */
import type { Customer } from '../../domain/bundle.ts';
import {
  assertTransition,
  type Conversation,
  type ConversationStatus,
  type Message,
} from '../../domain/conversation.ts';
import type { KefuEvent } from '../../domain/events.ts';
import type { ShopSnapshot } from '../../domain/ports.ts';
import type { Understanding } from '../../domain/understanding.ts';
import type { DialogueState } from '../dialogue-state.ts';
import type { CustomerTurn, EngineDeps, TurnOutcome } from '../engine-types.ts';
import {
  plainText,
  renderScript,
  scriptNeutral,
  shopScript,
  textIn,
  writesTraditional,
  type Lang,
} from '../replies/render.ts';
import { pickWording } from './pick-wording.ts';
import { runTurn } from './run-turn.ts';
import { say, type Reply, type TurnContext } from './turn-context.ts';

const MAX_CHARS = 4000;

/** Everything `answerTurn` works on. */
export interface TurnInput {
  deps: EngineDeps & { newId: () => string };
  shop: ShopSnapshot;
  conversation: Conversation;
  state: DialogueState;
  input: CustomerTurn;
}

/** Stores the message and the bot's answer; returns what happened. */
export async function answerTurn(t: TurnInput): Promise<TurnOutcome> {
  const { deps, conversation, input } = t;
  const now = deps.clock.now();
  const tooLong = input.text.length > MAX_CHARS;
  const text = tooLong ? input.text.slice(0, MAX_CHARS) : input.text;
  const read = deps.understander.understand(
    text,
    t.state.topic ? { previousIntent: t.state.topic } : {},
  );
  const u: Understanding = input.forceHuman
    ? {
        ...read,
        intent: 'human_agent',
        confidence: 1,
        escalate: true,
        escalation_cause: 'asked_human',
      }
    : read;
  const lang = replyLanguage(u, conversation.language);
  if (u.language === 'zh' && /\p{Script=Han}/u.test(text)) t.state.script = scriptFor(t, text, u);
  const customer = conversation.customerId
    ? await deps.stores.customers.getCustomer(conversation.shopId, conversation.customerId)
    : null;
  const customerMessage = message(t, now, {
    author: 'customer',
    text,
    clientId: input.clientId ?? null,
    meta: tooLong ? { truncated: true } : { intent: u.intent, confidence: u.confidence },
  });
  const from = conversation.status;
  let status: ConversationStatus = from === 'resolved' ? 'bot' : from;
  let replies: Reply[] = [];
  const events: KefuEvent[] = [];
  if (tooLong) {
    replies = [
      {
        text: say(
          { lang },
          {
            zh: `消息太长了（超过 ${MAX_CHARS} 字），请精简后再发给我。`,
            en: `That message is too long (over ${MAX_CHARS} characters). Please shorten it and send it again.`,
          },
        ),
      },
    ];
  } else if (status !== 'with_agent') {
    const ctx: TurnContext = {
      deps,
      shop: t.shop,
      conversation: { ...conversation, status },
      state: t.state,
      u,
      plain: plainText(text),
      lang,
      now,
      customer: customer as Customer | null,
      messageId: customerMessage.id,
    };
    t.state.turn += 1;
    const decision = await runTurn(ctx);
    replies = decision.replies;
    if (decision.handoff && status === 'bot') {
      events.push({ type: 'handoff.created', handoff: decision.handoff });
      status = 'queued';
    } else if (decision.resolve && status === 'bot') {
      status = 'resolved';
    }
  }
  const rendered = replies.map((r) => {
    const chosen = pickWording(r, t.state.lastBotText, lang);
    t.state.lastBotText = chosen;
    return { ...r, text: renderScript(chosen, lang, t.state.script) };
  });
  const botMessages = rendered.map((r) =>
    message(t, now, {
      author: 'bot',
      text: r.text,
      parts: r.parts ?? [],
      clientId: null,
      meta: {},
    }),
  );
  const stored = await deps.stores.conversations.appendMessages(conversation.shopId, [
    customerMessage,
    ...botMessages,
  ]);
  if (status !== from) {
    assertTransition(from, status);
    events.push({
      type: 'conversation.status_changed',
      conversationId: conversation.id,
      from,
      to: status,
    });
  }
  const updated = {
    ...conversation,
    status,
    language: lang,
    state: t.state,
    updatedAt: now.toISOString(),
  };
  await deps.stores.conversations.updateConversation(conversation.shopId, conversation.id, {
    status,
    language: lang,
    state: t.state,
    updatedAt: updated.updatedAt,
  });
  const [first, ...rest] = stored;
  if (!first) throw new Error('appendMessages returned nothing');
  return {
    conversation: updated,
    customerMessage: first,
    replies: rest,
    replayed: false,
    understanding: u,
    events,
  };
}

/** The customer's script; text that reads the same in both keeps the previous (or the shop's). */
function scriptFor(t: TurnInput, text: string, u: Understanding): 'hans' | 'hant' {
  if (!scriptNeutral(text)) return writesTraditional(text) || u.script === 'hant' ? 'hant' : 'hans';
  if (t.state.turn > 0) return t.state.script === 'hant' ? 'hant' : 'hans';
  const names = [t.shop.shop.name, ...t.shop.products.slice(0, 5).map((p) => p.title)];
  return shopScript(names.map((n) => textIn(n, 'zh')));
}

function replyLanguage(u: Understanding, previous: string): Lang {
  const hasWords = /[\p{Script=Han}]|[a-z]{2,}/iu.test(u.text);
  if (hasWords) return u.language;
  return previous === 'en' ? 'en' : 'zh';
}

function message(
  t: TurnInput,
  now: Date,
  m: Pick<Message, 'author' | 'text' | 'clientId' | 'meta'> & { parts?: Message['parts'] },
): Omit<Message, 'seq'> {
  return {
    id: t.deps.newId(),
    conversationId: t.conversation.id,
    author: m.author,
    authorId: null,
    clientId: m.clientId,
    text: m.text,
    parts: m.parts ?? [],
    meta: m.meta,
    createdAt: now.toISOString(),
  };
}
