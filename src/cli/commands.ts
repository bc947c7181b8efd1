/** The table of sub-commands and the usage text. */
import { parseArgs } from 'node:util';
import type { Env } from './config.ts';
import { invalidInput } from '../domain/errors.ts';

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
  agent add SHOP EMAIL --role owner|supervisor|agent [--name N] [--password P]
                             create a workspace account
  secret SHOP                print the shop's secret for signing customer tokens
  help                       show this text`;

const one = (args: string[], what: string): string => {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
  const [value] = positionals;
  if (!value || positionals.length > 1) throw invalidInput(`Give exactly one ${what}.\n\n${usage}`);
  return value;
};

/** Sub-commands by name; each loads its code on use so a light command starts fast. */
export const commands: Record<string, Command> = {
  serve: async (_args, { env, out }) => (await import('./serve.ts')).serve(env, out),
  import: async (args, { env, out }) =>
    (await import('./import-export.ts')).importCommand(env, one(args, 'bundle file'), out),
  export: async (args, { env }) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' } },
    });
    const { exportCommand } = await import('./import-export.ts');
    return exportCommand(env, one(positionals, 'shop id'), values.out);
  },
  understand: async (args, { out }) =>
    (await import('./understand-command.ts')).understandCommand(args, out),
  'nlu-report': async (args, { out }) =>
    (await import('./nlu-report-command.ts')).nluReportCommand(args, out),
  migrate: async (_args, { env, out }) => {
    const { openStore } = await import('../store/open-store.ts');
    const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.KEFU_DATA_DIR });
    await store.close();
    out('The database schema is up to date.');
    return 0;
  },
  eval: async (args, { out }) =>
    (await import('./eval/eval-command.ts')).evalCommand(args, { out }),
  agent: async (args, { env, out }) =>
    (await import('./agent-command.ts')).agentCommand(args, env, out),
  secret: async (args, { env, out }) =>
    (await import('./secret-command.ts')).secretCommand(args, env, out),
  chat: async (args, { out }) => (await import('./chat-command.ts')).chatCommand(args, out),
};
