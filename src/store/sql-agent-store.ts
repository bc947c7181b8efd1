/** AgentStore over Kysely: accounts, sessions, notes, macros — all scoped by shop. */
import type { Kysely } from 'kysely';
import {
  AgentRoleSchema,
  AgentStatusSchema,
  type Agent,
  type AgentSession,
  type AgentStatus,
  type Macro,
  type Note,
} from '../domain/agent.ts';
import type { AgentStore } from '../domain/ports.ts';
import type { AgentsTable, Database } from './schema.ts';

/** Agents of every shop. */
export class SqlAgentStore implements AgentStore {
  constructor(private readonly db: Kysely<Database>) {}

  async createAgent(a: Agent, passwordHash: string): Promise<void> {
    await this.db
      .insertInto('agents')
      .values({
        shop_id: a.shopId,
        id: a.id,
        email: a.email.toLowerCase(),
        display_name: a.displayName,
        role: a.role,
        password_hash: passwordHash,
        status: a.status,
        capacity: a.capacity,
        created_at: a.createdAt,
      })
      .execute();
  }

  async getAgent(shopId: string, agentId: string): Promise<Agent | null> {
    const row = await this.db
      .selectFrom('agents')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('id', '=', agentId)
      .executeTakeFirst();
    return row ? toAgent(row) : null;
  }

  async findAgentByEmail(shopId: string, email: string) {
    const row = await this.db
      .selectFrom('agents')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    return row ? { agent: toAgent(row), passwordHash: row.password_hash } : null;
  }

  async listAgents(shopId: string): Promise<Agent[]> {
    const rows = await this.db
      .selectFrom('agents')
      .selectAll()
      .where('shop_id', '=', shopId)
      .orderBy('display_name')
      .execute();
    return rows.map(toAgent);
  }

  async setAgentStatus(shopId: string, agentId: string, status: AgentStatus): Promise<void> {
    await this.db
      .updateTable('agents')
      .set({ status })
      .where('shop_id', '=', shopId)
      .where('id', '=', agentId)
      .execute();
  }

  async createSession(s: AgentSession): Promise<void> {
    await this.db
      .insertInto('agent_sessions')
      .values({
        token_hash: s.tokenHash,
        shop_id: s.shopId,
        agent_id: s.agentId,
        csrf_token: s.csrfToken,
        created_at: s.createdAt,
        expires_at: s.expiresAt,
      })
      .execute();
  }

  async findSession(tokenHash: string): Promise<AgentSession | null> {
    const row = await this.db
      .selectFrom('agent_sessions')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row) return null;
    return {
      tokenHash: row.token_hash,
      shopId: row.shop_id,
      agentId: row.agent_id,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('agent_sessions').where('token_hash', '=', tokenHash).execute();
  }

  async addNote(shopId: string, n: Note): Promise<void> {
    await this.db
      .insertInto('notes')
      .values({
        shop_id: shopId,
        id: n.id,
        conversation_id: n.conversationId,
        agent_id: n.agentId,
        text: n.text,
        created_at: n.createdAt,
      })
      .execute();
  }

  async listNotes(shopId: string, conversationId: string): Promise<Note[]> {
    const rows = await this.db
      .selectFrom('notes')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('conversation_id', '=', conversationId)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      conversationId: r.conversation_id,
      agentId: r.agent_id,
      text: r.text,
      createdAt: r.created_at,
    }));
  }

  async listMacros(shopId: string): Promise<Macro[]> {
    const rows = await this.db
      .selectFrom('macros')
      .selectAll()
      .where('shop_id', '=', shopId)
      .orderBy('position')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      position: Number(r.position),
    }));
  }

  async putMacro(shopId: string, m: Macro): Promise<void> {
    const row = { title: m.title, body: m.body, position: m.position };
    await this.db
      .insertInto('macros')
      .values({ shop_id: shopId, id: m.id, ...row })
      .onConflict((oc) => oc.columns(['shop_id', 'id']).doUpdateSet(row))
      .execute();
  }

  async deleteMacro(shopId: string, macroId: string): Promise<void> {
    await this.db
      .deleteFrom('macros')
      .where('shop_id', '=', shopId)
      .where('id', '=', macroId)
      .execute();
  }
}

function toAgent(row: AgentsTable): Agent {
  return {
    id: row.id,
    shopId: row.shop_id,
    email: row.email,
    displayName: row.display_name,
    role: AgentRoleSchema.parse(row.role),
    status: AgentStatusSchema.parse(row.status),
    capacity: Number(row.capacity),
    createdAt: row.created_at,
  };
}
