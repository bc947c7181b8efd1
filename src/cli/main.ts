/**
 * The `kefu` command: parses arguments, runs one sub-command, and turns failures into one clear
 * message and a non-zero exit (never a bare stack trace).
 */
import { DomainError } from '../domain/errors.ts';
import { readEnv } from './config.ts';
import { commands, usage } from './commands.ts';

/** Runs kefu with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    out(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${usage}\n`);
    return 2;
  }
  try {
    return await command(rest, { env: readEnv(), out });
  } catch (error) {
    process.stderr.write(`${describe(error)}\n`);
    return error instanceof DomainError && error.code === 'invalid_input' ? 2 : 1;
  }
}

function describe(error: unknown): string {
  if (error instanceof DomainError) {
    const details = error.details.map((d) => `  ${d}`).join('\n');
    return `kefu: ${error.message}${details ? `\n${details}` : ''}`;
  }
  if (error instanceof Error && error.name === 'TypeError' && 'code' in error) {
    return `kefu: ${error.message}\n\n${usage}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `kefu: ${message}`;
}
