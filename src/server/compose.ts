/**
 * The composition root of the service: engine over the stores, the HTTP app, the socket hub and
 * the fan-out between them. `kefu serve` and the server tests build kefu through here.
 */
import type { Clock } from '../domain/clock.ts';
import type { AgentPresence } from '../domain/events.ts';
import type { Stores } from '../domain/ports.ts';
import type { Understander } from '../domain/understanding.ts';
import { createEngine } from '../engine/create-engine.ts';
import { InProcessFanout } from '../realtime/in-process-fanout.ts';
import { buildApp } from './app.ts';
import { attachSocketHub } from './socket-hub.ts';

/** What the service is made of. */
export interface KefuParts {
  stores: Stores;
  clock: Clock;
  understander: Understander;
  presence: AgentPresence;
  ping(): Promise<void>;
  logger?: boolean;
}

/** Builds the app (not yet listening) with its socket hub. */
export async function composeKefu(parts: KefuParts) {
  const fanout = new InProcessFanout();
  const engine = createEngine({ ...parts, events: fanout });
  const deps = {
    stores: parts.stores,
    clock: parts.clock,
    engine,
    ping: parts.ping,
    logger: parts.logger ?? false,
  };
  const app = await buildApp(deps);
  const io = attachSocketHub(app.server, deps, fanout);
  app.addHook('onClose', async () => {
    await io.close();
  });
  return { app, io, engine, fanout };
}
