/**
 * Reads a typed address out of a message: "改成 上海市浦东新区世纪大道100号" →
 * region "上海市浦东新区", line "世纪大道100号"; English "to 12 Queen's Road, Central, Hong Kong".
 */

export interface TypedAddress {
  region: string;
  line: string;
  name?: string;
  phone?: string;
}

const LEAD =
  /^.*?(?:改成|改为|改為|改到|换成|換成|变更为|更改为|新地址(?:是|为|:|：)?|地址(?:是|为|改成)?[:：]|(?:change|update)\s+(?:it|the address)?\s*to|new address(?: is)?:?|\bto\b)\s*/i;
const REGION =
  /^((?:[^\s省市区縣县]{2,}(?:省|自治区|特别行政区))?)((?:[^\s市]{2,}?市)?)((?:[^\s区縣县]{1,}?(?:区|區|县|縣))?)/;

/** The address in `text`, or null when there is none. */
export function parseAddress(text: string): TypedAddress | null {
  const afterColon = /[:：]/.test(text)
    ? text.slice(Math.max(text.lastIndexOf(':'), text.lastIndexOf('：')) + 1)
    : text;
  const body = afterColon
    .replace(LEAD, '')
    .replace(/[。！!？?]+$/u, '')
    .trim();
  const phone = /1[3-9]\d{9}/.exec(body)?.[0];
  const rest = body.replace(/1[3-9]\d{9}/, '').trim();
  const looksChinese =
    /[\u4e00-\u9fff]/.test(rest) && /(?:省|市|区|區|县|縣|路|街|号|號|弄|村|镇|鎮|道)/.test(rest);
  const looksEnglish =
    /\d/.test(rest) &&
    /\b(?:road|rd|street|st|avenue|ave|lane|blvd|drive|way|floor|flat|building)\b/i.test(rest);
  if (!looksChinese && !looksEnglish) return null;
  if (looksEnglish)
    return { region: '', line: rest.replace(/\s+/g, ' '), ...(phone ? { phone } : {}) };
  const compact = rest.replace(/\s+/g, '');
  const parts = REGION.exec(compact)?.slice(1, 4) ?? [];
  const taken = parts.join('').length;
  // "上海市 浦东新区": the bundle's own way of writing a region, one space between levels.
  const region = parts.filter(Boolean).join(' ');
  const line = compact.slice(taken) || compact;
  return { region, line, ...(phone ? { phone } : {}) };
}
