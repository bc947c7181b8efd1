/**
 * English words customers use interchangeably for one shop notion, folded to one token for an
 * extra model feature (the stems stay features too): parcel / package / shipment / delivery /
 * order → `@parcel`; return / send back → `@return`; exchange / swap / switch → `@exchange`;
 * cancel and its typos → `@cancel`.
 */
const SYNONYMS: Record<string, string> = {
  parcel: '@parcel',
  package: '@parcel',
  packag: '@parcel',
  shipment: '@parcel',
  delivery: '@parcel',
  order: '@parcel',
  return: '@return',
  exchange: '@exchange',
  exchang: '@exchange',
  swap: '@exchange',
  switch: '@exchange',
  cancel: '@cancel',
  cancl: '@cancel',
  cancle: '@cancel',
  cancell: '@cancel',
  cancelation: '@cancel',
  cancellation: '@cancel',
};

/** The shared token of a stem, if it has one; `next` lets "send back" read as one word. */
export function synonymOf(stem: string, next?: string): string | undefined {
  if ((stem === 'send' || stem === 'post' || stem === 'ship') && next === 'back') return '@return';
  return SYNONYMS[stem];
}
