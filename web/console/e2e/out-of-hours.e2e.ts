/**
 * Out of hours (the shop opens 09:00–22:00) with every agent offline: asking for a person queues
 * the conversation as a ticket and tells the customer when a person will reply.
 */
import { describe, expect, it } from 'vitest';
import { startConsoleStage } from './console-stage.ts';

describe('out of hours', () => {
  it('tells the customer when a person will reply (the next opening time)', async () => {
    const night = await startConsoleStage('2025-06-18T23:30:00+08:00');
    try {
      const visitor = await night.customer();
      const answer = await visitor.say('转人工');
      expect(answer.conversation.status).toBe('queued');
      expect(answer.replies.at(-1)?.text).toContain('09:00');
    } finally {
      await night.close();
    }
  });
});
