/**
 * `kefu understand`: one message as text or JSON, or `--jsonl` — one message a line on stdin,
 * one JSON object a line on stdout, in order, for every line (bad ones included), written in
 * batches so evaluation and benchmarks are not bound by write calls.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Understanding } from '../domain/understanding.ts';
import { invalidInput } from '../domain/errors.ts';
import { createUnderstander, type Understander } from '../understanding/create-understander.ts';

const BATCH_LINES = 256;

/** The contract's keys first, then the extras. */
function toJson(u: Understanding): string {
  const {
    text,
    intent,
    confidence,
    slots,
    frustration,
    escalate,
    language,
    script,
    escalation_cause,
  } = u;
  return JSON.stringify({
    text,
    intent,
    confidence,
    slots,
    frustration,
    escalate,
    language,
    script,
    escalation_cause,
  });
}

function toHuman(u: Understanding): string[] {
  const slots = Object.entries(u.slots).map(([k, v]) => `${k}=${String(v)}`);
  return [
    `intent:      ${u.intent} (confidence ${u.confidence})`,
    `slots:       ${slots.length ? slots.join(', ') : '(none)'}`,
    `frustration: ${u.frustration}`,
    `escalate:    ${u.escalate ? `yes (${u.escalation_cause})` : 'no'}`,
    `language:    ${u.language} (${u.script})`,
  ];
}

/** Writes to stdout and waits when the pipe is full. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** Answers every stdin line, in order; a line that cannot be read gets an `other` answer. */
async function streamJsonl(understander: Understander): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let batch: string[] = [];
  for await (const line of lines) {
    batch.push(toJson(understander.understand(line)));
    if (batch.length >= BATCH_LINES) {
      await write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) await write(`${batch.join('\n')}\n`);
  return 0;
}

/** Runs `kefu understand`; resolves to the exit code. */
export async function understandCommand(
  args: string[],
  out: (line: string) => void,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' } },
  });
  if (!values.jsonl && positionals.length !== 1)
    throw invalidInput('Give one message in quotes, or --jsonl to read stdin.');
  const understander = createUnderstander();
  if (values.jsonl) return streamJsonl(understander);
  const result = understander.understand(positionals[0] ?? '');
  for (const line of values.json ? [toJson(result)] : toHuman(result)) out(line);
  return 0;
}
