import { describe, expect, it } from 'vitest';
import type { ConversationStatus } from '../../domain/conversation.ts';
import { handoffTurn, judge } from './judge.ts';
import { ExpectationSchema } from './scenario-schema.ts';
import type { Transcript, TurnRecord } from './transcript.ts';

const expectation = (raw: Record<string, unknown>) => ExpectationSchema.parse(raw);

function turn(
  replies: string[],
  status: ConversationStatus = 'bot',
  more: Partial<TurnRecord> = {},
): TurnRecord {
  return {
    customer: 'hi',
    replies: replies.map((text) => ({ author: 'bot' as const, text })),
    status,
    handoffCreated: false,
    asksForPerson: false,
    ...more,
  };
}

const run = (turns: TurnRecord[], more: Partial<Transcript> = {}): Transcript => ({
  turns,
  executed: [],
  error: null,
  ...more,
});

describe('judge', () => {
  it('passes a run that meets every expectation', () => {
    const exp = expectation({
      actions: [],
      handoff: false,
      reply_includes: ['L'],
      reply_excludes: ['138'],
    });
    expect(judge(exp, run([turn(['Size L is in stock.'])]))).toEqual([]);
  });

  it('does not check actions when the scenario leaves them out', () => {
    const executed = [{ type: 'cancel_order', orderId: 'o1', fields: { order_id: 'o1' } }];
    expect(judge(expectation({}), run([turn(['ok'])], { executed }))).toEqual([]);
    expect(judge(expectation({ actions: [] }), run([turn(['ok'])], { executed }))).toEqual([
      'unexpected action cancel_order on o1 executed',
    ]);
  });

  it('reports a crash instead of judging the partial run', () => {
    expect(judge(expectation({ handoff: true }), run([], { error: 'turn 1: boom' }))).toEqual([
      'crashed: turn 1: boom',
    ]);
  });
});

describe('judge: handoff', () => {
  it('finds the first turn that queued the conversation or created a handoff', () => {
    expect(handoffTurn([turn(['a']), turn(['b'], 'queued')])).toBe(2);
    expect(handoffTurn([turn(['a'], 'bot', { handoffCreated: true })])).toBe(1);
    expect(handoffTurn([turn(['a'])])).toBeNull();
  });

  it('fails an expected handoff that did not happen', () => {
    expect(judge(expectation({ handoff: true }), run([turn(['a'])]))).toEqual([
      'handoff expected, none happened',
    ]);
  });

  it('fails a handoff that was not expected', () => {
    expect(
      judge(expectation({ handoff: false }), run([turn(['a']), turn(['b'], 'queued')])),
    ).toEqual(['no handoff expected, happened at turn 2']);
  });

  it('fails a handoff later than handoff_by_turn and passes one at or before it', () => {
    const turns = [turn(['a']), turn(['b']), turn(['c'], 'queued')];
    expect(judge(expectation({ handoff: true, handoff_by_turn: 2 }), run(turns))).toEqual([
      'handoff expected by turn 2, happened at turn 3',
    ]);
    expect(judge(expectation({ handoff: true, handoff_by_turn: 3 }), run(turns))).toEqual([]);
    expect(judge(expectation({ handoff_by_turn: 1 }), run([turn(['a'])]))).toEqual([
      'handoff expected by turn 1, none happened',
    ]);
  });

  it('requires an expected handoff to leave the conversation with people', () => {
    const turns = [turn(['a'], 'queued'), turn(['b'], 'resolved')];
    expect(judge(expectation({ handoff: true }), run(turns))[0]).toMatch(/ended "resolved"/);
    expect(judge(expectation({ handoff: true }), run([turn(['a'], 'with_agent')]))).toEqual([]);
  });
});

describe('judge: replies', () => {
  it('needs every reply_includes string in some bot or system reply, as a plain substring', () => {
    const turns = [
      turn(['Your order 202406180001 ships today']),
      { ...turn([]), replies: [{ author: 'system' as const, text: 'Queue position 1' }] },
    ];
    expect(
      judge(expectation({ reply_includes: ['202406180001', 'position 1'] }), run(turns)),
    ).toEqual([]);
    expect(judge(expectation({ reply_includes: ['POSITION 1'] }), run(turns))).toEqual([
      'reply_includes "POSITION 1" not found',
    ]);
  });

  it('fails when any reply contains a reply_excludes string', () => {
    const failures = judge(
      expectation({ reply_excludes: ['13800001234'] }),
      run([turn(['ok']), turn(['Call 13800001234'])]),
    );
    expect(failures).toEqual(['reply_excludes "13800001234" found in turn 2: "Call 13800001234"']);
  });
});

describe('judge: rules of every scenario', () => {
  it('fails the same bot reply twice in a row, within a turn or across turns', () => {
    expect(judge(expectation({}), run([turn(['Which order?']), turn(['Which order?'])]))).toEqual([
      'same reply sent twice in a row (turns 1 and 2): "Which order?"',
    ]);
    expect(judge(expectation({}), run([turn(['Hi', 'Hi'])]))).toHaveLength(1);
  });

  it('allows a reply to come back once something else was said in between', () => {
    expect(
      judge(
        expectation({}),
        run([turn(['Which order?']), turn(['Sorry?']), turn(['Which order?'])]),
      ),
    ).toEqual([]);
  });

  it('does not count system messages as bot replies that repeat', () => {
    const system = (text: string) => ({
      ...turn([]),
      replies: [{ author: 'system' as const, text }],
    });
    expect(judge(expectation({}), run([system('Queued'), system('Queued')]))).toEqual([]);
  });

  it('fails a request for a person not answered by a handoff in the same turn', () => {
    const asked = turn(['How can I help?'], 'bot', { asksForPerson: true, customer: '转人工' });
    const failures = judge(expectation({}), run([asked, turn(['Connecting you'], 'queued')]));
    expect(failures).toEqual([
      'turn 1 asked for a person ("转人工") but no handoff followed in that turn',
    ]);
  });

  it('passes a request for a person answered by a queue or an agent', () => {
    const asked = (status: ConversationStatus) =>
      turn(['One moment'], status, { asksForPerson: true });
    expect(judge(expectation({}), run([asked('queued')]))).toEqual([]);
    expect(judge(expectation({}), run([asked('with_agent')]))).toEqual([]);
  });
});
