/**
 * Real-time fan-out inside one process: the engine publishes, subscribers (the socket hub)
 * receive. The Redis adapter (scale-out) implements the same port across instances.
 */
import type { EventPublisher, KefuEvent } from '../domain/events.ts';

/** A listener of one shop's events. */
export type FanoutListener = (shopId: string, event: KefuEvent) => void;

/** Publishes events to every subscriber in this process. */
export class InProcessFanout implements EventPublisher {
  private readonly listeners = new Set<FanoutListener>();

  publish(shopId: string, event: KefuEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(shopId, event);
      } catch {
        // A failing listener must not stop the others or the turn that published.
      }
    }
  }

  /** Adds a listener; the returned function removes it. */
  subscribe(listener: FanoutListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
