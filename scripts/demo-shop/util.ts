/** Shared helpers for the demo-shop generator: bilingual texts, a seeded PRNG and shop-local times. */

export interface BiText {
  zh: string;
  en: string;
}

export const t = (zh: string, en: string): BiText => ({ zh, en });

/** Reference "now" of the demo data: the middle of the 618 sale. */
export const NOW = '2025-06-18T10:00:00+08:00';
export const NOW_MS = Date.parse(NOW);

const HOUR = 3_600_000;
const OFFSET_MS = 8 * HOUR;

/** Formats epoch milliseconds as ISO 8601 in Asia/Shanghai (+08:00), to the second. */
export function iso(ms: number): string {
  const local = new Date(Math.round(ms / 1000) * 1000 + OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+08:00`;
}

/** Adds hours (may be fractional or negative) to an ISO time. */
export function plusHours(time: string, hours: number): string {
  return iso(Date.parse(time) + hours * HOUR);
}

/** A shop-local time `days` before NOW at hh:mm, e.g. ago(3, 14, 20). */
export function ago(days: number, hh: number, mm = 0): string {
  const day = new Date(NOW_MS + OFFSET_MS - days * 24 * HOUR).toISOString().slice(0, 10);
  return `${day}T${pad(hh)}:${pad(mm)}:00+08:00`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Rounds money to cents. */
export const cents = (n: number): number => Math.round(n * 100) / 100;

/** mulberry32: a tiny deterministic PRNG. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let x = this.state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Stable string hash, to derive per-item seeds. */
export function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
