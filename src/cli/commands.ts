/** The table of sub-commands and the usage text. */
import { parseArgs } from 'node:util';
import type { Env } from './config.ts';
import { chatCommand } from './chat-command.ts';
import { evalCommand } from './eval/eval-command.ts';
import { exportCommand, importCommand } from './import-export.ts';
import { serve } from './serve.ts';
import { openStore } from '../store/open-store.ts';
import { invalidInput } from '../domain/errors.ts';
import { nluReportCommand } from './nlu-report-command.ts';
import { understandCommand } from './understand-command.ts';

/** What every command receives besides its arguments. */
export interface CommandContext {
  env: Env;
  out: (line: string) => void;
}

type Command = (args: string[], ctx: CommandContext) => Promise<number>;

export const usage = `Usage: kefu <command>

  serve                      run the service (PORT, KEFU_DATA_DIR, DATABASE_URL)
  import FILE                validate and import a shop bundle
  export SHOP_ID [--out F]   write a shop's live data as a bundle
  migrate                    apply database migrations
  eval PATH… [--json]        run scenario files or folders (--verbose: show failing turns)
  chat [--customer ID] [--now ISO] [--agents N] [--bundle F]
                             talk to the bot on a private copy of a shop
  understand [--json] TEXT   read one customer message: intent, slots, escalation
  understand --jsonl         one message a line on stdin, one JSON object a line out
  nlu-report [--json]        train on data/nlu/train.*, score on data/nlu/heldout.*
  help                       show this text`;

const one = (args: string[], what: string): string => {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
  const [value] = positionals;
  if (!value || positionals.length > 1) throw invalidInput(`Give exactly one ${what}.\n\n${usage}`);
  return value;
};

/** Sub-commands by name. */
export const commands: Record<string, Command> = {
  serve: (_args, { env, out }) => serve(env, out),
  import: (args, { env, out }) => importCommand(env, one(args, 'bundle file'), out),
  export: (args, { env }) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' } },
    });
    return exportCommand(env, one(positionals, 'shop id'), values.out);
  },
  understand: (args, { out }) => understandCommand(args, out),
  'nlu-report': (args, { out }) => nluReportCommand(args, out),
  migrate: async (_args, { env, out }) => {
    const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.KEFU_DATA_DIR });
    await store.close();
    out('The database schema is up to date.');
    return 0;
  },
  eval: (args, { out }) => evalCommand(args, { out }),
  chat: (args, { out }) => chatCommand(args, out),
};
