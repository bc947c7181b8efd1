import { describe, expect, it } from 'vitest';
import { queueOrder } from './queue-order.ts';

describe('queueOrder', () => {
  it('puts threats, safety and money first, then the longest wait', () => {
    const rows = [
      { id: 'asked-late', priority: 2, queued_at: '2025-06-18T10:05:00+08:00' },
      { id: 'asked-early', priority: 2, queued_at: '2025-06-18T10:01:00+08:00' },
      { id: 'threat', priority: 0, queued_at: '2025-06-18T10:06:00+08:00' },
      { id: 'anger', priority: 1, queued_at: '2025-06-18T10:00:00+08:00' },
    ];
    expect(queueOrder(rows).map((r) => r.id)).toEqual([
      'threat',
      'anger',
      'asked-early',
      'asked-late',
    ]);
  });
});
