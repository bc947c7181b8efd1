import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../domain/understanding.ts';
import { asksForPerson } from './asks-for-person.ts';

const understood = (intent: Understanding['intent']): Understanding => ({
  text: '',
  intent,
  confidence: 0.9,
  slots: {},
  frustration: 0,
  escalate: false,
  escalation_cause: null,
  language: 'zh',
  script: 'hans',
});

describe('asksForPerson', () => {
  it('trusts the understanding when it reads human_agent', () => {
    expect(asksForPerson('找个能说话的', understood('human_agent'))).toBe(true);
  });

  it('catches the plain words when the understanding missed them', () => {
    for (const text of [
      '转人工',
      '我要人工客服',
      '轉人工',
      '找真人',
      'I want a human',
      'Agent please',
      'can I talk to a real person?',
      'get me a representative',
    ]) {
      expect(asksForPerson(text, understood('other')), text).toBe(true);
    }
  });

  it('does not read a refusal or somebody else’s agent as a request', () => {
    for (const text of [
      '不用转人工，我自己看',
      "I don't need a human",
      'the delivery agent was late',
      '尺码小了',
    ]) {
      expect(asksForPerson(text, understood('exchange')), text).toBe(false);
    }
  });
});
