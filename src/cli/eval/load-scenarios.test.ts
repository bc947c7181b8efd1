import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { miniBundle } from '../../test-support/mini-bundle.ts';
import { loadScenarios } from './load-scenarios.ts';

const scenario = (id: string) => ({ id, now: '2024-06-20T10:00:00+08:00', turns: ['hi'] });
let dir = '';

function write(name: string, value: unknown, raw = false): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, raw ? String(value) : JSON.stringify(value));
  return file;
}

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('loadScenarios', () => {
  it('walks a folder recursively in path order, skipping the bundles beside the scenarios', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kefu-load-'));
    write('b.json', scenario('b'));
    write('a/z.json', [scenario('a1'), scenario('a2')]);
    write('shop.json', miniBundle());
    write('.hidden/x.json', scenario('hidden'));
    write('notes.txt', 'not json', true);
    const ids = loadScenarios([dir]).map((s) => (s.kind === 'scenario' ? s.scenario.id : s.id));
    expect(ids).toEqual(['a1', 'a2', 'b']);
  });

  it('reports a malformed scenario with its file and JSON path, and keeps the good ones', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kefu-load-'));
    const file = write('s.json', [
      scenario('good'),
      { id: 'bad', now: '2024-06-20T10:00:00+08:00' },
    ]);
    const [good, bad] = loadScenarios([file]);
    expect(good?.kind).toBe('scenario');
    expect(bad).toMatchObject({ kind: 'broken', id: 'bad' });
    expect(bad?.kind === 'broken' && bad.problems[0]).toMatch(
      new RegExp(`^${file}: \\[1\\]\\.turns: `),
    );
  });

  it('turns invalid JSON and a missing path into failed entries', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kefu-load-'));
    const file = write('broken.json', '{ nope', true);
    const loaded = loadScenarios([file, path.join(dir, 'missing.json')]);
    expect(loaded.map((l) => l.kind)).toEqual(['broken', 'broken']);
    expect(loaded[0]?.kind === 'broken' && loaded[0].problems[0]).toContain('not valid JSON');
    expect(loaded[1]?.kind === 'broken' && loaded[1].problems[0]).toContain(
      'no such file or folder',
    );
  });

  it('reads a .jsonl file one scenario a line when it is named', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kefu-load-'));
    const lines = [JSON.stringify(scenario('l1')), '', JSON.stringify(scenario('l2'))].join('\n');
    const loaded = loadScenarios([write('set.jsonl', lines, true)]);
    expect(loaded.map((l) => (l.kind === 'scenario' ? l.scenario.id : l.id))).toEqual(['l1', 'l2']);
  });
});
