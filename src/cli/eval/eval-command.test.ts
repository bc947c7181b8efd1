import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { miniBundle } from '../../test-support/mini-bundle.ts';
import { evalCommand } from './eval-command.ts';
import type { EvalDeps } from './run-scenarios.ts';
import { blankUnderstander, createScriptedEngine } from './scripted-engine.ts';

const fakeDeps = async (): Promise<EvalDeps> => ({
  createEngine: createScriptedEngine,
  understander: blankUnderstander,
});

const now = '2024-06-20T10:00:00+08:00';
const exchange = {
  id: 'exchange-ok',
  bundle: '../shop.json',
  now,
  customer: 'c1',
  agents_online: 0,
  turns: [{ customer: '尺码小了，想换大一码' }, { customer: '谢谢' }],
  expect: {
    actions: [
      {
        type: 'exchange',
        order_id: '202406180001',
        items: [{ from_sku: 'p1-white-M', to_sku: 'p1-white-L' }],
      },
    ],
    handoff: false,
    reply_includes: [
      'mini-shop at 2024-06-20T02:00:00.000Z, agents=0',
      'at 2024-06-20T02:00:20.000Z',
    ],
  },
};
// Same bundle, same conversation id: passes only if each scenario gets a database of its own.
const handoff = {
  id: 'handoff-ok',
  bundle: '../shop.json',
  now,
  customer: null,
  turns: ['转人工'],
  expect: { actions: [], handoff: true, handoff_by_turn: 1 },
};
const failing = {
  id: 'wants-handoff',
  bundle: '../shop.json',
  now,
  customer: null,
  turns: ['你好', '你好'],
  expect: { handoff: true, reply_excludes: ['agents=1'] },
};

let dir = '';
let lines: string[] = [];
let errors: string[] = [];
const io = { out: (l: string) => void lines.push(l), err: (l: string) => void errors.push(l) };

function write(name: string, value: unknown): void {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kefu-eval-'));
  write('shop.json', miniBundle());
  [lines, errors] = [[], []];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kefu eval', () => {
  it('prints PASS per scenario and the summary, and exits 0 when all passed', async () => {
    write('cases/a.json', exchange);
    write('cases/b.json', handoff);
    expect(await evalCommand([dir], io, fakeDeps)).toBe(0);
    expect(lines).toEqual(['PASS exchange-ok', 'PASS handoff-ok', '2 passed, 0 failed']);
  });

  it('prints what failed and exits 1', async () => {
    write('cases/a.json', [exchange, failing]);
    expect(await evalCommand([path.join(dir, 'cases')], io, fakeDeps)).toBe(1);
    expect(lines[1]).toMatch(
      /^FAIL wants-handoff: handoff expected, none happened; reply_excludes "agents=1" found in turn 1: "mini-shop at/,
    );
    expect(lines.at(-1)).toBe('1 passed, 1 failed');
  });

  it('prints exactly one JSON object with --json', async () => {
    write('cases/a.json', [exchange, failing]);
    expect(await evalCommand(['--json', dir], io, fakeDeps)).toBe(1);
    expect(lines).toHaveLength(1);
    const report: unknown = JSON.parse(lines[0] ?? '');
    expect(report).toMatchObject({
      passed: 1,
      failed: 1,
      scenarios: [
        { id: 'exchange-ok', passed: true, failures: [] },
        { id: 'wants-handoff', passed: false },
      ],
    });
  });

  it('counts a crash, a bad bundle and a malformed file as failed, and goes on', async () => {
    write('cases/1.json', { ...handoff, id: 'crash', turns: ['boom'] });
    write('cases/2.json', { ...handoff, id: 'no-bundle', bundle: 'missing.json' });
    write('cases/3.json', { id: 'malformed', now });
    write('cases/4.json', handoff);
    expect(await evalCommand([dir], io, fakeDeps)).toBe(1);
    expect(lines[0]).toBe('FAIL crash: crashed: turn 1: the engine broke');
    expect(lines[1]).toMatch(
      /^FAIL no-bundle: crashed: opening the shop: cannot read the bundle .*missing\.json/,
    );
    expect(lines[2]).toMatch(/^FAIL malformed: .*3\.json: turns: /);
    expect(lines.slice(3)).toEqual(['PASS handoff-ok', '1 passed, 3 failed']);
  });

  it('shows the turns of failing scenarios with --verbose, on stderr under --json', async () => {
    write('cases/a.json', [exchange, failing]);
    await evalCommand(['--verbose', dir], io, fakeDeps);
    expect(lines).toContain('    turn 2 customer: 你好');
    expect(lines.some((l) => l.includes('turn 1 customer: 尺码小了'))).toBe(false);
    lines = [];
    await evalCommand(['--json', '--verbose', dir], io, fakeDeps);
    expect(lines).toHaveLength(1);
    expect(errors).toContain('    turn 2 customer: 你好');
  });

  it('refuses to run without a path', async () => {
    await expect(evalCommand(['--json'], io, fakeDeps)).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
