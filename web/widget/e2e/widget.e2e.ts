/**
 * The customer chat end to end in headless chromium: a plain page embeds the widget; the customer
 * tracks an order (order card), writes twice while offline (each message appears once, answered),
 * resolves and rates, reopens by asking for a person (queue card), and sees the agent's name.
 * Screenshots at 375 px and 1280 px, in Chinese and English, go to test-artifacts/.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startStage } from './harness.ts';
import type { Agent } from '../../../src/domain/agent.ts';
import { onlineAgent, queueAnotherVisitor, takeConversation } from './join-as-agent.ts';
import { until } from './until.ts';
import { widgetOn } from './widget-page.ts';

const ARTIFACTS = path.join(import.meta.dirname, '../../../test-artifacts/widget');
let stage: Awaited<ReturnType<typeof startStage>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let w: ReturnType<typeof widgetOn>;
const dialogs: string[] = [];
const others: string[] = [];
let agent: Agent;

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
const savedSession = async () =>
  JSON.parse((await page.evaluate(() => localStorage.getItem('kefu:demo-apparel'))) ?? '{}') as {
    conversation: { id: string } | null;
  };

beforeAll(async () => {
  await fs.mkdir(ARTIFACTS, { recursive: true });
  stage = await startStage();
  browser = await launchBrowser({ width: 375, height: 740 });
  page = await browser.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  w = widgetOn(page);
});
afterAll(async () => {
  await browser?.close();
  await stage?.close();
});

describe('the embedded widget (zh-CN, 375 px)', () => {
  it('opens on the launcher with the input focused, isolated from the host CSS', async () => {
    await page.goto(stage.hostUrl());
    await w.open();
    const focused = await w.input.evaluate((el) => el.ownerDocument.activeElement === el);
    expect(focused).toBe(true);
    const frameWidth = await page.locator('#kefu-widget iframe').evaluate((el) => el.clientWidth);
    expect(frameWidth).toBe(375);
    await expect(w.frame.locator('.header-status').textContent()).resolves.toContain('AI 助理');
  });

  it('shows typed markup as text, never as HTML', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    await w.send(attack);
    await until('the echo', async () => (await w.confirmed(attack).count()) === 1);
    expect(await w.frame.locator('.log img').count()).toBe(0);
    await w.waitForReplies(1);
    expect(dialogs).toEqual([]);
  });

  it('tracks an anonymous order and shows the order card with its timeline', async () => {
    await w.send('我的订单到哪了');
    await w.waitForReplies(2);
    await w.send('202506150010 18511223344');
    const card = w.frame.locator('.order-card');
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('202506150010');
    expect(text).toContain('SF6128554142679');
    expect(await card.locator('.timeline li').count()).toBeGreaterThan(0);
    // Times read in the shop's zone, as the reply's text says them (not the browser's UTC).
    expect(await card.locator('.timeline time').first().textContent()).toBe('6月18日 05:30');
    await shot('zh-375-order');
  });

  it('refuses over-long input in the box with a visible counter', async () => {
    await w.input.fill('长'.repeat(4001));
    expect(await w.frame.locator('.counter.over').textContent()).toBe('4001/4000');
    expect(await w.frame.locator('button.send').isDisabled()).toBe(true);
    await w.input.press('Enter');
    expect(await w.frame.locator('.composer-note').textContent()).toContain('4000');
    expect(await w.frame.locator('.pending').count()).toBe(0);
    await w.input.fill('');
  });

  it('queues two messages offline and sends each exactly once when back online', async () => {
    const before = await w.replies().count();
    await browser.context.setOffline(true);
    await w.send('运费怎么算');
    await w.send('有什么优惠活动');
    await until(
      'two pending messages',
      async () => (await w.frame.locator('.pending').count()) === 2,
    );
    await w.frame.locator('.banner').waitFor();
    await shot('zh-375-offline');
    await browser.context.setOffline(false);
    await w.waitForReplies(before + 2, 20_000);
    await until(
      'no pending message',
      async () => (await w.frame.locator('.pending').count()) === 0,
    );
    expect(await w.confirmed('运费怎么算').count()).toBe(1);
    expect(await w.confirmed('有什么优惠活动').count()).toBe(1);
    const { conversation } = await savedSession();
    const stored = await stage.kefu.stores.conversations.listMessages(
      'demo-apparel',
      conversation!.id,
    );
    const texts = stored.filter((m) => m.author === 'customer').map((m) => m.text);
    expect(texts.filter((t) => t === '运费怎么算')).toHaveLength(1);
    expect(texts.filter((t) => t === '有什么优惠活动')).toHaveLength(1);
    const after = (t: string) => stored[stored.findIndex((m) => m.text === t) + 1]?.author;
    expect([after('运费怎么算'), after('有什么优惠活动')]).toEqual(['bot', 'bot']);
  });

  it('keeps the history, single, across a reload', async () => {
    const count = await w.frame.locator('.message[data-seq]').count();
    await page.reload();
    await w.open();
    await w.frame.locator('.order-card').waitFor();
    await until(
      'the history',
      async () => (await w.frame.locator('.message[data-seq]').count()) === count,
    );
  });

  it('resolves on thanks and takes a one-tap rating with a comment', async () => {
    await w.send('谢谢，没事了');
    const stars = w.frame.locator('.stars button');
    await stars.nth(4).waitFor();
    await stars.nth(4).click();
    await w.frame.locator('#kefu-rate-comment').fill('很快，谢谢');
    await w.frame.locator('.rating-comment button').click();
    await w.frame.locator('.rating-thanks').waitFor();
    const { conversation } = await savedSession();
    const rating = await stage.kefu.stores.conversations.ratingOf('demo-apparel', conversation!.id);
    expect(rating).toMatchObject({ score: 5, comment: '很快，谢谢' });
    await shot('zh-375-rated');
  });

  it('reopens on talk-to-a-person, shows the queue place and wait, and moves it live', async () => {
    agent = await onlineAgent(stage.kefu, '小美');
    // Two visitors asked for a person before us.
    others.push(await queueAnotherVisitor(stage.kefu, 'v-first'));
    others.push(await queueAnotherVisitor(stage.kefu, 'v-second'));
    stage.kefu.clock.advance(1000);
    await w.frame.locator('button.human').click();
    const queue = w.frame.locator('.queue-card');
    await queue.waitFor();
    expect(await queue.locator('.queue-position').textContent()).toBe('您前面还有 2 位');
    expect(await queue.locator('.queue-wait').textContent()).toMatch(/预计等待约 \d+ 分钟/);
    expect(await w.frame.locator('.header-status').textContent()).toContain('转接人工');
    expect(await w.frame.locator('.rating').count()).toBe(0);
    await shot('zh-375-queue');
    await takeConversation(stage.kefu, agent, others[0]!);
    await queue.locator('.queue-position').filter({ hasText: '您前面还有 1 位' }).waitFor();
    await takeConversation(stage.kefu, agent, others[1]!);
    await queue.locator('.queue-position').filter({ hasText: '您是下一位' }).waitFor();
  });

  it('names the person who joins, live', async () => {
    const { conversation } = await savedSession();
    await takeConversation(stage.kefu, agent, conversation!.id);
    await w.frame.locator('.header-status').filter({ hasText: '小美' }).waitFor();
    expect(await w.frame.locator('.queue-card').count()).toBe(0);
    await stage.kefu.desk.reply(agent, conversation!.id, '您好，我是小美，我来帮您看看。', null);
    await w.frame
      .locator('.message[data-author="agent"] .author')
      .filter({ hasText: '小美' })
      .waitFor();
    await shot('zh-375-agent');
  });

  it('closes on Escape and gives the focus back to the launcher', async () => {
    await w.input.focus();
    await w.input.press('Escape');
    await until(
      'the panel to close',
      async () => !(await page.locator('#kefu-widget iframe').isVisible()),
    );
    const onLauncher = await page.evaluate(
      () => document.getElementById('kefu-widget')?.shadowRoot?.activeElement?.className,
    );
    expect(onLauncher).toBe('launcher');
  });
});

describe('the widget in English and the hosted page (1280 px)', () => {
  it('speaks English from data-lang and shows the order card', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(stage.hostUrl('en'));
    await page.evaluate(() => localStorage.clear());
    await w.open();
    await w.frame
      .locator('.composer button.human')
      .filter({ hasText: 'Talk to a person' })
      .waitFor();
    await w.send('Where is my order 202506150010? My phone is 18511223344');
    await w.frame.locator('.order-card').waitFor();
    expect(await w.frame.locator('.message[data-author="bot"] .author').first().textContent()).toBe(
      'AI assistant',
    );
    await shot('en-1280-order');
    await w.frame.locator('button.human').click();
    await w.frame.locator('.queue-card').waitFor();
    await shot('en-1280-queue');
  });

  it('serves the hosted chat page at /chat/:shop', async () => {
    await page.goto(`${stage.base}/chat/demo-apparel?lang=zh-TW`);
    await page.locator('#kefu-input').waitFor();
    expect(await page.locator('.composer button.human').textContent()).toBe('轉真人');
    await page.locator('#kefu-input').fill('T恤有L码吗');
    await page.locator('#kefu-input').press('Enter');
    await page.locator('.message[data-author="bot"]').first().waitFor();
    await shot('zh-tw-1280-hosted');
    await page.setViewportSize({ width: 375, height: 740 });
    await shot('zh-tw-375-hosted');
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    await shot('zh-tw-320-hosted');
  });
});
