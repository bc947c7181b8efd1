/**
 * Colours, Chinese or English, as one of the 13 lower-case names of the contract
 * (藏青 → navy, 灰 → grey, gray → grey, 米色 → beige).
 */
import type { COLORS } from '../../domain/understanding.ts';

type Color = (typeof COLORS)[number];

// Compounds first: they must win over their single-character parts.
const ZH: [RegExp, Color][] = [
  [/(?<!西)藏青|(?<!西)藏蓝|海军蓝|深蓝/, 'navy'],
  // 卡其 / khaki is not labelled beige in the corpus: it is none of the 13 colours.
  [/米白|米色|米黄|杏色|奶白|燕麦色|驼色/, 'beige'],
  [/酒红|枣红|砖红/, 'red'],
  [/粉红|粉色|粉的/, 'pink'],
  [/咖啡色|咖色|棕色|褐色|巧克力色|咖啡的/, 'brown'],
  [/橙色|橘色|橘红|橙的|橘的/, 'orange'],
  [/(?<!显)(?:白色|白的|纯白|白款)/, 'white'],
  [/黑色|黑的|纯黑|黑款/, 'black'],
  [/灰色|灰的|烟灰|浅灰|深灰|灰款/, 'grey'],
  [/红色|红的|大红/, 'red'],
  [/蓝色|蓝的|天蓝|宝蓝|浅蓝|雾蓝/, 'blue'],
  [/绿色|绿的|军绿|墨绿/, 'green'],
  [/黄色|黄的|鹅黄|姜黄/, 'yellow'],
  [/紫色|紫的|香芋紫/, 'purple'],
];
const EN: [RegExp, Color][] = [
  [/\bnavy\b/, 'navy'],
  [/\b(?:beige|camel|ivory|off[\s-]?white)\b/, 'beige'],
  [/\b(?:white)\b/, 'white'],
  [/\bblack\b(?!\s*friday)/, 'black'],
  [/\b(?:gr[ae]y|charcoal)\b/, 'grey'],
  // Skin that went red is a reaction, not the colour of an item.
  [/(?<!skin (?:is |went |turned |got |looks )?)\b(?:red|burgundy|maroon)\b/, 'red'],
  [/\b(?:blue)\b/, 'blue'],
  [/\b(?:green|olive)\b/, 'green'],
  [/\b(?:yellow|mustard)\b/, 'yellow'],
  [/\b(?:pink)\b/, 'pink'],
  [/\b(?:purple|violet|lilac)\b/, 'purple'],
  [/\b(?:brown|tan)\b/, 'brown'],
  [/\b(?:orange)\b/, 'orange'],
];

// After 换成 / change to / ordered / instead of, the colour named is the wanted one
// (帮我把白色换成杏色 → beige; got beige instead of brown → brown).
const CHANGE =
  /换成|换个|换|改成|调个|调成|(?<!closer |close |similar )\b(?:to|for|into)\b|\b(?:ordered|prefer|instead of|want(?:ed)?|chose)\b/g;
// Two colours weighed against each other (黑色和灰色哪个耐脏) name no wanted colour.
const WEIGHED = /哪|边个|which|区别|差别|不一样|一唔一样|差在|better|\bvs\b/;

/** The colour after the last change word that has one after it, else the first colour. */
export function extractColor(text: string): Color | undefined {
  const found: { color: Color; at: number }[] = [];
  for (const [re, color] of [...ZH, ...EN]) {
    const global = new RegExp(re.source, 'g');
    for (const m of text.matchAll(global))
      if (!found.some((f) => f.at <= m.index && m.index < f.at + 2))
        found.push({ color, at: m.index });
  }
  found.sort((a, b) => a.at - b.at);
  if (new Set(found.map((f) => f.color)).size > 1 && WEIGHED.test(text)) return undefined;
  const changes = [...text.matchAll(CHANGE)].map((m) => m.index + m[0].length).reverse();
  for (const from of changes) {
    const wanted = found.find((f) => f.at >= from);
    if (wanted) return wanted.color;
  }
  return found[0]?.color;
}
