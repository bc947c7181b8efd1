/**
 * Plays one scenario against a real engine on its own database: the clock fixed at `now`, the
 * scenario's number of agents online, every event recorded. Returns what the judge needs; a
 * crash is caught and reported in the transcript, so one bad scenario never stops a run.
 */
import path from 'node:path';
import { fixedClock } from '../../domain/clock.ts';
import { DomainError } from '../../domain/errors.ts';
import type { KefuEvent } from '../../domain/events.ts';
import type { AuditEntry, Stores } from '../../domain/ports.ts';
import type { Understander } from '../../domain/understanding.ts';
import type { Engine, EngineDeps } from '../../engine/engine-types.ts';
import { createSqlStores } from '../../store/sql-stores.ts';
import { asksForPerson } from './asks-for-person.ts';
import type { ScenarioDatabase, ScenarioDatabases } from './scenario-databases.ts';
import { isActionType, type Scenario } from './scenario-schema.ts';
import type { ExecutedAction, Transcript, TurnRecord } from './transcript.ts';

/** What running a scenario needs besides the scenario. */
export interface RunDeps {
  createEngine(deps: EngineDeps): Engine;
  /** One understander shared by the whole run (it is costly to build). */
  understander: Understander;
  databases: ScenarioDatabases;
}

/** The clock moves this much after each turn, so each turn's messages have their own time. */
const TURN_GAP_MS = 20_000;

interface Session {
  engine: Engine;
  stores: Stores;
  shopId: string;
  conversationId: string;
  clock: ReturnType<typeof fixedClock>;
  events: KefuEvent[];
  understander: Understander;
}

/** Runs `scenario` (read from `file`, against which its bundle path is resolved). */
export async function runScenario(
  scenario: Scenario,
  file: string,
  deps: RunDeps,
): Promise<Transcript> {
  const transcript: Transcript = { turns: [], executed: [], error: null };
  let stage = 'opening the shop';
  let opened: ScenarioDatabase | null = null;
  try {
    const bundle = scenario.bundle ? path.resolve(path.dirname(file), scenario.bundle) : null;
    opened = await deps.databases.open(bundle);
    stage = 'starting the conversation';
    const session = await startSession(scenario, opened, deps);
    for (const [i, turn] of scenario.turns.entries()) {
      stage = `turn ${i + 1}`;
      transcript.turns.push(await playTurn(session, turn.customer, i));
    }
    stage = 'reading the audit log';
    transcript.executed = await executedActions(session);
  } catch (error) {
    transcript.error = `${stage}: ${describeError(error)}`;
  } finally {
    await opened?.db.destroy();
  }
  return transcript;
}

async function startSession(
  scenario: Scenario,
  { db, shopId }: ScenarioDatabase,
  deps: RunDeps,
): Promise<Session> {
  const stores = createSqlStores(db);
  const clock = fixedClock(scenario.now);
  const events: KefuEvent[] = [];
  let nextId = 0;
  const engine = deps.createEngine({
    stores,
    clock,
    understander: deps.understander,
    presence: { onlineAgents: async () => scenario.agents_online },
    events: { publish: (_shopId, event) => void events.push(event) },
    newId: () => `eval-${++nextId}`,
  });
  const conversation = await engine.startConversation({
    shopId,
    customerId: scenario.customer,
    visitorId: scenario.customer === null ? 'eval-visitor' : null,
  });
  const { understander } = deps;
  return { engine, stores, shopId, conversationId: conversation.id, clock, events, understander };
}

async function playTurn(s: Session, text: string, i: number): Promise<TurnRecord> {
  const before = s.events.length;
  const outcome = await s.engine.handleCustomerMessage({
    shopId: s.shopId,
    conversationId: s.conversationId,
    text,
    clientId: `turn-${i}`,
  });
  s.clock.advance(TURN_GAP_MS);
  const understanding = outcome.understanding ?? s.understander.understand(text);
  return {
    customer: text,
    replies: outcome.replies
      .filter((m) => m.author === 'bot' || m.author === 'system')
      .map((m) => ({ author: m.author, text: m.text })),
    status: outcome.conversation.status,
    handoffCreated: s.events.slice(before).some((e) => e.type === 'handoff.created'),
    asksForPerson: asksForPerson(text, understanding),
  };
}

/** Audit entries of this conversation that executed a spec action (refusals are not actions). */
async function executedActions(s: Session): Promise<ExecutedAction[]> {
  const entries = await s.stores.audit.listAudit(s.shopId, { conversationId: s.conversationId });
  return entries.flatMap((e) =>
    e.outcome !== 'refused' && isActionType(e.action) ? [toAction(e)] : [],
  );
}

function toAction(entry: AuditEntry): ExecutedAction {
  const fromDetail = entry.detail['order_id'];
  const orderId = typeof fromDetail === 'string' ? fromDetail : entry.orderId;
  return { type: entry.action, orderId, fields: { ...entry.detail, order_id: orderId } };
}

function describeError(error: unknown): string {
  if (error instanceof DomainError) {
    return [error.message, ...error.details].join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
