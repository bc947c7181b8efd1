import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/kefu.mjs', import.meta.url));

describe('kefu understand --jsonl', () => {
  it('answers every line in order, empty and junk ones included, and a last line without newline', () => {
    const input = [
      '转人工',
      '',
      '\u0000\u0001 <b>junk</b>',
      'where is my order 20240601123456',
      '你好',
    ].join('\n');
    const run = spawnSync(process.execPath, [BIN, 'understand', '--jsonl'], {
      input,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const answers = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(answers.map((a) => a.text)).toEqual(input.split('\n'));
    expect(answers[0]).toMatchObject({ intent: 'human_agent', escalate: true, language: 'zh' });
    expect(answers[1]).toMatchObject({ intent: 'other' });
    expect(answers[3]).toMatchObject({ slots: { order_id: '20240601123456' }, language: 'en' });
    for (const a of answers)
      expect(Object.keys(a)).toEqual(
        expect.arrayContaining([
          'text',
          'intent',
          'confidence',
          'slots',
          'frustration',
          'escalate',
          'language',
        ]),
      );
  });

  it('prints one JSON object with --json', () => {
    const run = spawnSync(
      process.execPath,
      [BIN, 'understand', '--json', '我买的T恤尺码小了，想换大一码'],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(run.stdout)).toMatchObject({
      intent: 'exchange',
      slots: { size_direction: 'up', product: 'T恤' },
    });
  });
});
