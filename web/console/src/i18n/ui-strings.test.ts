import { describe, expect, it } from 'vitest';
import { EN } from './en.ts';
import { chooseLang } from './ui-strings.ts';
import { ZH_CN } from './zh-cn.ts';

describe('chooseLang', () => {
  it('keeps the saved choice, else follows the browser, else Chinese', () => {
    expect(chooseLang('en', ['zh-CN'])).toBe('en');
    expect(chooseLang(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(chooseLang(null, ['zh-TW'])).toBe('zh-CN');
    expect(chooseLang('fr', ['fr-FR'])).toBe('zh-CN');
  });
});

describe('the dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH_CN).sort());
    expect(Object.keys(EN.reasons).sort()).toEqual(Object.keys(ZH_CN.reasons).sort());
  });
});
