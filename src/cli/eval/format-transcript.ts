/** `kefu eval --verbose`: a failing scenario's conversation, turn by turn, for debugging. */
import { listExecuted } from './describe-action.ts';
import type { Transcript } from './transcript.ts';

/** Indented lines: each customer turn, the replies to it and the status after it. */
export function formatTranscript(transcript: Transcript): string[] {
  const lines = transcript.turns.flatMap((turn, i) => [
    `    turn ${i + 1} customer: ${turn.customer}`,
    ...turn.replies.map((r) => `      ${r.author}: ${r.text.replace(/\n/g, '\n        ')}`),
    `      status: ${turn.status}${turn.handoffCreated ? ' (handoff created)' : ''}${
      turn.asksForPerson ? ' (asked for a person)' : ''
    }`,
  ]);
  return [...lines, `    executed: ${listExecuted(transcript.executed)}`];
}
