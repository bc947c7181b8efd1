/**
 * Benchmark of `kefu understand --jsonl`: start-up (spawn to first answer) and throughput over
 * 10,000 varied messages. Run: npx tsx bench/understand.bench.ts
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/kefu.mjs', import.meta.url));
const SAMPLES = [
  '我买的T恤尺码小了，想换大一码',
  '訂單 20240228123123 什麼時候到？',
  '175 140斤穿什么码',
  'where is my package, order #20240601123456',
  '转人工！！！',
  '你们服务太差了，我要投诉',
  'I want to return these jeans, too small',
  '有没有适合夏天的连衣裙，两百块以内',
  'is XL in stock in navy?',
  '刚买就降价了能退差价吗',
  '',
  'asdfgh 😀😀',
];

function message(i: number): string {
  const base = SAMPLES[i % SAMPLES.length] ?? '';
  return i % 3 === 0 ? `${base} ${i}` : base;
}

/** Spawns the command, sends `lines`, resolves with the times of the first and last answers. */
function run(lines: string[]): Promise<{ first: number; total: number; answers: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'understand', '--jsonl'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let first = 0;
    let answers = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!first) first = performance.now() - started;
      for (const byte of chunk) if (byte === 10) answers++;
    });
    child.on('error', reject);
    child.on('close', () => resolve({ first, total: performance.now() - started, answers }));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

const startup = await run(['你好']);
const count = 10_000;
const lines = Array.from({ length: count }, (_, i) => message(i));
const full = await run(lines);
const processing = (full.total - startup.total) / 1000;
console.log(`start-up (spawn → first answer): ${startup.first.toFixed(0)} ms`);
console.log(`${full.answers} answers for ${count} messages in ${(full.total / 1000).toFixed(2)} s`);
console.log(`throughput after start-up: ${Math.round(count / Math.max(processing, 1e-3))} msg/s`);
