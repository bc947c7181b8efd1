/**
 * `kefu agent add SHOP EMAIL --role owner|supervisor|agent [--name NAME] [--password P]
 * [--capacity N]`: creates a workspace account. Without --password a strong one is generated and
 * printed once.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AgentRoleSchema } from '../domain/agent.ts';
import { invalidInput, notFound } from '../domain/errors.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { openStore } from '../store/open-store.ts';
import { createSqlStores } from '../store/sql-stores.ts';
import type { Env } from './config.ts';

/** Runs `kefu agent …`. */
export async function agentCommand(
  args: string[],
  env: Env,
  out: (l: string) => void,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      role: { type: 'string', default: 'agent' },
      name: { type: 'string' },
      password: { type: 'string' },
      capacity: { type: 'string', default: '5' },
    },
  });
  const [verb, shopId, email] = positionals;
  if (verb !== 'add' || !shopId || !email || !email.includes('@')) {
    throw invalidInput(
      'Usage: kefu agent add SHOP EMAIL --role owner|supervisor|agent [--name NAME] [--password P]',
    );
  }
  const role = AgentRoleSchema.safeParse(values.role);
  if (!role.success) throw invalidInput('--role must be owner, supervisor or agent.');
  const password = values.password ?? randomBytes(9).toString('base64url');
  if (password.length < 8) throw invalidInput('Use a password of at least 8 characters.');
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.KEFU_DATA_DIR });
  try {
    const stores = createSqlStores(store.db);
    if (!(await stores.catalog.shopVersion(shopId)))
      throw notFound(`Shop "${shopId}"`, 'Import it first with `kefu import FILE`.');
    if (await stores.agents.findAgentByEmail(shopId, email))
      throw invalidInput(`${email} already has an account in ${shopId}.`);
    await stores.agents.createAgent(
      {
        id: crypto.randomUUID(),
        shopId,
        email,
        displayName: values.name ?? email.split('@')[0] ?? email,
        role: role.data,
        status: 'offline',
        capacity: Math.max(1, Number(values.capacity) || 5),
        createdAt: new Date().toISOString(),
      },
      await hashPassword(password),
    );
  } finally {
    await store.close();
  }
  out(
    `Created ${role.data} ${email} for ${shopId}.${values.password ? '' : ` Password: ${password}`}`,
  );
  return 0;
}
