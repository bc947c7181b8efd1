/**
 * The composition root of the service: engine and agent desk over the stores, the HTTP app, the
 * socket hub and the fan-out between them, and automatic assignment of new handoffs.
 * `kefu serve` and the server tests build kefu through here.
 */
import type { Clock } from '../domain/clock.ts';
import type { AgentPresence } from '../domain/events.ts';
import type { Stores } from '../domain/ports.ts';
import type { Understander } from '../domain/understanding.ts';
import { createEngine } from '../engine/create-engine.ts';
import { createAgentDesk } from '../engine/handoff/agent-desk.ts';
import { storePresence } from '../engine/handoff/store-presence.ts';
import { InProcessFanout } from '../realtime/in-process-fanout.ts';
import { buildApp } from './app.ts';
import { memoryRateLimiter } from './auth/rate-limiter.ts';
import { attachSocketHub } from './socket-hub.ts';

/** What the service is made of. */
export interface KefuParts {
  stores: Stores;
  clock: Clock;
  understander: Understander;
  /** Defaults to the agents' status in the store. */
  presence?: AgentPresence;
  ping(): Promise<void>;
  logger?: boolean;
}

/** Builds the app (not yet listening) with its socket hub. */
export async function composeKefu(parts: KefuParts) {
  const fanout = new InProcessFanout();
  const base = {
    ...parts,
    presence: parts.presence ?? storePresence,
    events: fanout,
  };
  const engine = createEngine(base);
  const desk = createAgentDesk(base);
  const deps = {
    stores: parts.stores,
    clock: parts.clock,
    engine,
    desk,
    limiter: memoryRateLimiter(5, 60_000),
    ping: parts.ping,
    logger: parts.logger ?? false,
  };
  const app = await buildApp(deps);
  const io = attachSocketHub(app.server, deps, fanout);
  fanout.subscribe((shopId, event) => {
    if (event.type === 'handoff.created') {
      desk
        .autoAssign(shopId)
        .catch((error: unknown) => app.log.error({ err: error }, 'auto-assign failed'));
    }
  });
  app.addHook('onClose', async () => {
    await io.close();
  });
  return { app, io, engine, desk, fanout };
}
