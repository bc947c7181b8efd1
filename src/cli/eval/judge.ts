/**
 * Grades one scenario run against its `expect` and the two rules every scenario carries
 * (scenario.md "Passing"). Pure: a transcript in, readable failure messages out.
 */
import type { ConversationStatus } from '../../domain/conversation.ts';
import { matchActions } from './match-actions.ts';
import type { Expectation } from './scenario-schema.ts';
import type { Transcript, TurnRecord } from './transcript.ts';

/** Every way the run missed; empty when the scenario passes. */
export function judge(expect: Expectation, run: Transcript): string[] {
  if (run.error !== null) return [`crashed: ${run.error}`];
  return [
    ...(expect.actions ? matchActions(expect.actions, run.executed) : []),
    ...judgeHandoff(expect, run.turns),
    ...judgeReplies(expect, run.turns),
    ...repeatedReplies(run.turns),
    ...unansweredPersonRequests(run.turns),
  ];
}

const IN_HUMAN_HANDS: readonly ConversationStatus[] = ['queued', 'with_agent'];

/** The 1-based turn of the first handoff, or null when none happened. */
export function handoffTurn(turns: readonly TurnRecord[]): number | null {
  const i = turns.findIndex((t) => t.handoffCreated || IN_HUMAN_HANDS.includes(t.status));
  return i < 0 ? null : i + 1;
}

function judgeHandoff(expect: Expectation, turns: readonly TurnRecord[]): string[] {
  const at = handoffTurn(turns);
  const finalStatus = turns.at(-1)?.status ?? 'bot';
  const by = expect.handoff === false ? null : (expect.handoff_by_turn ?? null);
  if (expect.handoff === false) {
    return at === null ? [] : [`no handoff expected, happened at turn ${at}`];
  }
  if (by !== null) {
    if (at === null) return [`handoff expected by turn ${by}, none happened`];
    if (at > by) return [`handoff expected by turn ${by}, happened at turn ${at}`];
  }
  if (expect.handoff !== true) return [];
  if (at === null) return ['handoff expected, none happened'];
  if (!IN_HUMAN_HANDS.includes(finalStatus)) {
    return [
      `handoff expected; it happened at turn ${at} but the conversation ended "${finalStatus}"`,
    ];
  }
  return [];
}

function judgeReplies(expect: Expectation, turns: readonly TurnRecord[]): string[] {
  const replies = turns.flatMap((t, i) => t.replies.map((r) => ({ turn: i + 1, text: r.text })));
  const missing = (expect.reply_includes ?? [])
    .filter((s) => !replies.some((r) => r.text.includes(s)))
    .map((s) => `reply_includes ${JSON.stringify(s)} not found`);
  const found = (expect.reply_excludes ?? []).flatMap((s) => {
    const hit = replies.find((r) => r.text.includes(s));
    return hit
      ? [`reply_excludes ${JSON.stringify(s)} found in turn ${hit.turn}: ${quote(hit.text)}`]
      : [];
  });
  return [...missing, ...found];
}

/** The bot never sends the same reply twice in a row (consecutive bot messages, across turns). */
function repeatedReplies(turns: readonly TurnRecord[]): string[] {
  const sent = turns.flatMap((t, i) =>
    t.replies.filter((r) => r.author === 'bot').map((r) => ({ turn: i + 1, text: r.text.trim() })),
  );
  return sent.flatMap((reply, k) => {
    const previous = sent[k - 1];
    if (!previous || reply.text === '' || reply.text !== previous.text) return [];
    const turns =
      previous.turn === reply.turn
        ? `turn ${reply.turn}`
        : `turns ${previous.turn} and ${reply.turn}`;
    return [`same reply sent twice in a row (${turns}): ${quote(reply.text)}`];
  });
}

/** A turn asking for a person must leave the conversation queued or with a person. */
function unansweredPersonRequests(turns: readonly TurnRecord[]): string[] {
  return turns.flatMap((t, i) =>
    t.asksForPerson && !IN_HUMAN_HANDS.includes(t.status)
      ? [
          `turn ${i + 1} asked for a person (${quote(t.customer)}) but no handoff followed in that turn`,
        ]
      : [],
  );
}

function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
