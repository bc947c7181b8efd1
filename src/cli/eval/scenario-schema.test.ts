import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from './scenario-schema.ts';

const minimal = { id: 's1', now: '2024-06-20T10:00:00+08:00', turns: [{ customer: '你好' }] };

describe('ScenarioSchema', () => {
  it('fills the defaults: anonymous customer, one agent online, nothing expected', () => {
    const scenario = ScenarioSchema.parse(minimal);
    expect(scenario.customer).toBeNull();
    expect(scenario.agents_online).toBe(1);
    expect(scenario.expect).toEqual({});
    expect(scenario.bundle).toBeUndefined();
  });

  it('reads the full example of the spec', () => {
    const scenario = ScenarioSchema.parse({
      ...minimal,
      bundle: 'shop.json',
      customer: 'c001',
      agents_online: 0,
      expect: {
        actions: [
          { type: 'exchange', order_id: '202406180001', items: [{ from_sku: 'a', to_sku: 'b' }] },
        ],
        handoff: false,
        handoff_by_turn: null,
        reply_includes: ['b'],
        reply_excludes: ['13800001234'],
      },
    });
    expect(scenario.expect.actions?.[0]?.order_id).toBe('202406180001');
    expect(scenario.expect.handoff_by_turn).toBeNull();
  });

  it('tolerates unknown fields and keeps them', () => {
    const scenario = ScenarioSchema.parse({ ...minimal, tags: ['x'], expect: { notes: 'y' } });
    expect(scenario['tags']).toEqual(['x']);
  });

  it('is lenient with a bare-string turn, a numeric order id and a single include string', () => {
    const scenario = ScenarioSchema.parse({
      ...minimal,
      turns: ['你好'],
      expect: {
        actions: [{ type: 'invoice_request', order_id: 202406180001 }],
        reply_includes: '发票',
      },
    });
    expect(scenario.turns[0]?.customer).toBe('你好');
    expect(scenario.expect.actions?.[0]?.order_id).toBe('202406180001');
    expect(scenario.expect.reply_includes).toEqual(['发票']);
  });

  it('names the path of each problem', () => {
    const result = ScenarioSchema.safeParse({
      id: 's1',
      now: 'yesterday',
      turns: [{ customer: 3 }],
      expect: { actions: [{ type: 'refund_everything' }], handoff_by_turn: 0 },
    });
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['expect.actions.0.type', 'expect.handoff_by_turn', 'now', 'turns.0']);
  });
});
