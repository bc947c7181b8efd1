/**
 * Frustration and escalation of one message (spec "Escalation"): a request for a person,
 * strong anger, a threat, or a safety / fraud / money problem escalates; a mild complaint or a
 * plain return request does not.
 */
import type { EscalationCause } from '../../domain/understanding.ts';
import {
  ALLERGY,
  ALLERGY_QUESTION_AFTER,
  ALLERGY_QUESTION_BEFORE,
  ANGER,
  ASKED_HUMAN,
  HUMAN_NEGATION,
  SAFETY_MONEY,
  THREAT,
  THREAT_NEGATION,
} from './escalation-lexicon.ts';

/** What the lexicons found in one message. */
export interface EscalationSignals {
  asked_human: boolean;
  anger: boolean;
  threat: boolean;
  safety_money: boolean;
  /** 0 calm … 1 furious. */
  frustration: number;
}

const POSITIVE = /谢|感谢|好评|棒|赞|thank|great|awesome|love|perfect|amazing/;
const ANGRY_EMOJI = /[😡🤬😠💢🖕👎😤]/u;
const MILD =
  /太差|太慢|失望|无语|生气|不满|怎么还|到底|还没|一直|敷衍|离谱|差劲|不靠谱|annoy|disappoint|terrible|awful|still\s+(?:not|no|haven)|seriously|come on|again/g;

/** True when `re` matches somewhere not cancelled by `negation` just before the match. */
function matchesUnnegated(re: RegExp, negation: RegExp, text: string): boolean {
  const global = new RegExp(re.source, 'g');
  for (const m of text.matchAll(global)) {
    if (!negation.test(text.slice(Math.max(0, m.index - 10), m.index))) return true;
  }
  return false;
}

/** An allergy that happened, not a question about a material before buying. */
function hadAllergy(text: string): boolean {
  for (const m of text.matchAll(ALLERGY)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (!ALLERGY_QUESTION_BEFORE.test(before) && !ALLERGY_QUESTION_AFTER.test(after)) return true;
  }
  return false;
}

/** Shouting: three or more !, or several words in capitals. */
function shouting(text: string, cased: string): boolean {
  if (POSITIVE.test(text)) return false;
  if (/!{3,}|!\s*!\s*!/.test(text)) return true;
  const caps = cased.match(/\b[A-Z]{3,}\b/g) ?? [];
  const shouted = caps.filter(
    (w) => !/^(?:XXX?L|USD|RMB|SMS|APP|COD|DHL|UPS|EMS|SF|VIP|ID|OK|HELLO|HI|HEY)$/.test(w),
  );
  return shouted.length >= 2 || (shouted.length >= 1 && /!|\?{2,}/.test(text));
}

/** Reads the escalation signals and a frustration score from normalised text. */
export function detectEscalation(
  text: string,
  cased: string,
  emoji: readonly string[],
): EscalationSignals {
  const asked_human = matchesUnnegated(ASKED_HUMAN, HUMAN_NEGATION, text);
  const threat = matchesUnnegated(THREAT, THREAT_NEGATION, text);
  const shout = shouting(text, cased);
  const anger = ANGER.test(text) || shout || emoji.some((e) => ANGRY_EMOJI.test(e));
  const safety_money = SAFETY_MONEY.test(text) || hadAllergy(text);
  const mild = (text.match(MILD) ?? []).length;
  const questions = /\?{3,}/.test(text) ? 0.15 : 0;
  const score =
    (anger ? 0.6 : 0) +
    (threat ? 0.45 : 0) +
    (safety_money ? 0.35 : 0) +
    (asked_human ? 0.25 : 0) +
    (shout ? 0.15 : 0);
  const frustration = Math.min(1, score + mild * 0.15 + questions);
  return {
    asked_human,
    anger,
    threat,
    safety_money,
    frustration: Math.round(frustration * 100) / 100,
  };
}

/** The cause reported when a message escalates, most specific first. */
export function escalationCause(s: EscalationSignals): EscalationCause | null {
  if (s.asked_human) return 'asked_human';
  if (s.safety_money) return 'safety_money';
  if (s.threat) return 'threat';
  if (s.anger) return 'anger';
  return null;
}
