import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { detectEscalation, escalationCause } from './detect-escalation.ts';

const cause = (text: string) => {
  const n = normalize(text);
  return escalationCause(detectEscalation(n.text, n.cased, n.emoji));
};

describe('detectEscalation', () => {
  it.each([
    '转人工',
    '我要人工客服',
    '叫个真人来',
    '人工',
    '請幫我轉接人工',
    '找你们领导来',
    '能叫个人出来吗',
    '不要机器人，我要跟人说话',
    'let me talk to a real person',
    'I want an agent',
    'can I speak to a representative',
    'get me a human',
  ])('never misses a request for a person: "%s"', (text) => {
    expect(cause(text)).toBe('asked_human');
  });

  it.each([
    '我要投诉你们',
    '再不处理我就打12315',
    '给你们差评',
    '我要去消协',
    '曝光你们',
    "I'll leave a 1 star review",
    'I will file a chargeback',
  ])('escalates a threat: "%s"', (text) => {
    expect(cause(text)).toBe('threat');
  });

  it.each([
    '穿了全身起疹子',
    '皮肤过敏了',
    '一个订单扣了两次钱',
    '被骗了，私下转账给了客服',
    'I was charged twice',
    'my son got a rash and is allergic',
  ])('escalates a safety or money problem: "%s"', (text) => {
    expect(cause(text)).toBe('safety_money');
  });

  it.each([
    '这是什么垃圾质量',
    '骗子店',
    '什么破物流，货到底在哪!!!',
    'wtf is this',
    'this is a SCAM',
  ])('escalates strong anger: "%s"', (text) => {
    expect(cause(text)).not.toBeNull();
  });

  it.each([
    '我要退货',
    '有点失望，质量一般',
    '这件会过敏吗',
    '过敏体质能穿吗',
    'is the wool itchy?',
    '不用转人工了，谢谢',
    '太感谢了!!!',
    '在吗??',
  ])('does not escalate a mild or pre-purchase message: "%s"', (text) => {
    expect(cause(text)).toBeNull();
  });

  it('scores frustration between 0 and 1, higher for anger', () => {
    const calm = detectEscalation('你好', '你好', []).frustration;
    const angry = detectEscalation('垃圾店!!!骗子', '垃圾店!!!骗子', []).frustration;
    expect(calm).toBe(0);
    expect(angry).toBeGreaterThan(0.6);
    expect(angry).toBeLessThanOrEqual(1);
  });
});
