/** Drives the embedded widget in a host page: open it, type, and read the conversation. */
import type { FrameLocator, Page } from 'playwright-core';

/** The widget on `page`; Playwright's CSS locators pierce the loader's open shadow root. */
export function widgetOn(page: Page) {
  const frame: FrameLocator = page.frameLocator('#kefu-widget iframe');
  const input = frame.locator('#kefu-input');
  return {
    frame,
    input,
    launcher: page.locator('#kefu-widget button.launcher'),
    async open() {
      await this.launcher.click();
      await input.waitFor({ state: 'visible' });
    },
    async send(text: string) {
      await input.fill(text);
      await input.press('Enter');
    },
    /** Customer messages confirmed by the server with exactly this text. */
    confirmed: (text: string) =>
      frame.locator('.message.from-customer[data-seq] .bubble').filter({ hasText: exact(text) }),
    replies: () => frame.locator('.message[data-author="bot"]'),
    async waitForReplies(count: number, timeout = 10_000) {
      await frame
        .locator('.message[data-author="bot"]')
        .nth(count - 1)
        .waitFor({ timeout });
    },
  };
}

/** A regular expression matching exactly `text`. */
export const exact = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
