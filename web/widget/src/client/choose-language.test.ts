import { describe, expect, it } from 'vitest';
import { apiLanguageOf, chooseLanguage, uiLangOf } from './choose-language.ts';

describe('chooseLanguage', () => {
  it('prefers data-lang over the page and the browser', () => {
    expect(chooseLanguage(['en', 'zh-CN', 'zh-TW'])).toBe('en');
  });

  it("falls back to the page's <html lang>, then the browser", () => {
    expect(chooseLanguage([null, 'zh-TW', 'en-US'])).toBe('zh-TW');
    expect(chooseLanguage([null, '', 'en-GB'])).toBe('en');
  });

  it('reads traditional Chinese from region or script', () => {
    expect(uiLangOf('zh-HK')).toBe('zh-TW');
    expect(uiLangOf('zh-Hant-TW')).toBe('zh-TW');
    expect(uiLangOf('zh_TW')).toBe('zh-TW');
    expect(uiLangOf('zh-Hans-CN')).toBe('zh-CN');
    expect(uiLangOf('zh')).toBe('zh-CN');
  });

  it('skips languages it has no strings for and uses the fallback last', () => {
    expect(chooseLanguage(['fr', 'de-DE', 'en'])).toBe('en');
    expect(chooseLanguage(['fr', 'ja'])).toBe('zh-CN');
    expect(chooseLanguage(['fr'], 'en')).toBe('en');
  });

  it('asks the server for replies in zh or en', () => {
    expect(apiLanguageOf('zh-TW')).toBe('zh');
    expect(apiLanguageOf('en')).toBe('en');
  });
});
