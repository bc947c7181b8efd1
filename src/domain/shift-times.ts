/**
 * Moves every timestamp in a bundle by a fixed amount, keeping each one's UTC offset. The demo
 * shop is written around a fixed day of the 618 sale; `kefu serve` shifts it so that day is
 * today and the policy windows in it stay meaningful under the real clock.
 */

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A deep copy of `value` with every ISO timestamp moved by `deltaMs`. */
export function shiftTimes<T>(value: T, deltaMs: number): T {
  return walk(value, deltaMs) as T;
}

function walk(value: unknown, deltaMs: number): unknown {
  if (typeof value === 'string') return shiftOne(value, deltaMs);
  if (Array.isArray(value)) return value.map((v) => walk(v, deltaMs));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, deltaMs)]));
  }
  return value;
}

function shiftOne(text: string, deltaMs: number): string {
  const m = ISO_WITH_OFFSET.exec(text);
  if (!m) return text;
  const offset = m[8] ?? 'Z';
  const offsetMin = offset === 'Z' ? 0 : offsetMinutes(offset);
  const shifted = new Date(new Date(text).getTime() + deltaMs + offsetMin * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  const time = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
  return `${date}T${time}${offset}`;
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * 60 + (m ?? 0));
}
