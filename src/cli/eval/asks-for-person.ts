/**
 * Whether a customer turn asks for a person, for the global rule of scenario.md ("a turn in
 * which the customer asks for a person is answered by a handoff in that same turn"). The
 * engine's own understanding decides first; a small lexicon catches what it missed, so the rule
 * does not depend on the classifier being right.
 */
import type { Understanding } from '../../domain/understanding.ts';

const CHINESE = /转人工|轉人工|人工客服|人工|真人客服|真人/;
const ENGLISH =
  /\b(human|real person|representative|live agent|customer service agent)\b|\b(talk|speak|chat)\s+(to|with)\s+(a|an|some)?\s*(person|someone|somebody|agent)\b/i;
/** "agent" alone, unless it is somebody else's agent (delivery agent, travel agent…). */
const AGENT = /(?<!\b(delivery|shipping|courier|sales|travel|estate|booking)\s)\bagents?\b/i;
/** "不要转人工", "no need for a human": the words appear, but not as a request. */
const DECLINED =
  /(不(要|用|需要)|别|無需|无需)(转|轉)?(人工|真人)|\b(no|don't|do not|dont)\s+(need|want)\s+(a|an|any)?\s*(human|agent|person|representative)/i;

/** True when `understanding` reads a request for a person, or the text plainly asks for one. */
export function asksForPerson(text: string, understanding: Understanding | null): boolean {
  if (understanding?.intent === 'human_agent') return true;
  if (understanding?.escalation_cause === 'asked_human') return true;
  if (DECLINED.test(text)) return false;
  return CHINESE.test(text) || ENGLISH.test(text) || AGENT.test(text);
}
