/**
 * The agent workspace end to end in headless chromium at 1280 px: sign-in (generic error), a
 * customer who asks for a person appears live in the queue with the handoff summary, the agent
 * claims, replies (the customer receives it) and writes a note (the customer never does); an
 * exchange from the order panel shows in the audit, a refused return is overridden by the
 * owner with a reason; live catch-up after a dropped connection, the title badge, queue order
 * and SLA colours; the UI switches to English; the owner assigns a queued conversation to an
 * agent, and a resolved conversation stays findable under "recently closed", open read only.
 * Screenshots go to test-artifacts/console/.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDesktop, startConsoleStage } from './console-stage.ts';

const ARTIFACTS = path.join(import.meta.dirname, '../../../test-artifacts/console');
let stage: Awaited<ReturnType<typeof startConsoleStage>>;
let browser: Awaited<ReturnType<typeof launchDesktop>>;
let page: Page;
let chat: Awaited<ReturnType<typeof stage.customer>>;

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

beforeAll(async () => {
  await fs.mkdir(ARTIFACTS, { recursive: true });
  stage = await startConsoleStage();
  browser = await launchDesktop();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await stage?.close();
});

describe('the agent workspace (zh-CN, 1280 px)', () => {
  it('refuses a wrong password with the generic message, then signs the owner in', async () => {
    await page.goto(`${stage.base}/console`);
    await expect(page.locator('input[name=shop]').inputValue()).resolves.toBe('demo-apparel');
    await page.fill('input[name=email]', 'owner@demo.kefu');
    await page.fill('input[name=password]', 'wrong-password');
    await page.click('button[type=submit]');
    await page.getByText('邮箱或密码不正确，或账号不存在。').waitFor();
    await shot('zh-sign-in-error');
    await page.fill('input[name=password]', 'kefu-demo');
    await page.click('button[type=submit]');
    await page.locator('.top-bar').getByText('林店长').waitFor();
    await page.locator('.live.on').waitFor();
  });

  it('shows a customer who asked for a person live in the queue, with the summary', async () => {
    // Away: new handoffs wait in the queue instead of being assigned automatically.
    await page.selectOption('select[name=status]', 'away');
    await page.locator('.dot.away').waitFor();
    chat = await stage.customer('c001');
    await chat.say('我上周买的T恤M码小了，想换L码');
    const asked = await chat.say('转人工');
    expect(asked.conversation.status).toBe('queued');
    const row = page.locator(`#queue li[data-conversation="${chat.id}"]`);
    await row.waitFor();
    await expect(row.locator('.badge.reason').textContent()).resolves.toBe('要求人工');
    await expect(row.locator('.wait').textContent()).resolves.toMatch(/^等待 0:0\d$/);
    await row.click();
    const summary = page.locator('.summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('要求人工');
    expect(await summary.textContent()).toContain('转人工');
    await page.locator('.msg.from-bot .badge.ai').first().waitFor();
    await page.locator('.customer-card').getByText('张伟').waitFor();
    await shot('zh-queue-summary');
  });

  it('claims the conversation and replies; the customer receives the reply', async () => {
    await page.locator(`#queue li[data-conversation="${chat.id}"] button.claim`).click();
    await page.locator(`#mine li[data-conversation="${chat.id}"]`).waitFor();
    const box = page.locator('textarea[name=reply]');
    await expect(box.isEnabled()).resolves.toBe(true);
    await page.locator('.macros button', { hasText: '订单确认' }).click();
    await expect(box.inputValue()).resolves.toBe(
      '已为您查到订单 202506130001，请稍等，我这就处理。',
    );
    await box.fill('您好，我是林店长，这就帮您把T恤换成L码。');
    await box.press('Enter');
    await page.locator('.msg.from-agent .bubble', { hasText: '这就帮您把T恤换成L码' }).waitFor();
    const history = await chat.history();
    expect(history.some((m) => m.author === 'agent' && m.text.includes('换成L码'))).toBe(true);
    await chat.say('好的，谢谢！');
    await page.locator('.msg.from-customer .bubble', { hasText: '好的，谢谢！' }).waitFor();
    expect(
      await page.locator('.msg.from-customer .bubble', { hasText: '好的，谢谢！' }).count(),
    ).toBe(1);
  });

  it('catches up after the live connection drops, without losing or doubling a message', async () => {
    // Offline while the message is sent: only the refetch on rejoin can bring it.
    await browser.context.setOffline(true);
    for (const socket of await stage.kefu.io.fetchSockets()) socket.disconnect(true);
    await page.locator('.live.off').waitFor();
    await chat.say('我刚才掉线了吗？');
    await page.waitForTimeout(300);
    expect(await page.getByText('我刚才掉线了吗？').count()).toBe(0);
    await browser.context.setOffline(false);
    await page.locator('.live.on').waitFor({ timeout: 15_000 });
    const missed = page.locator('.msg.from-customer .bubble', { hasText: '我刚才掉线了吗？' });
    await missed.waitFor();
    expect(await missed.count()).toBe(1);
  });

  it('keeps internal notes out of the customer chat', async () => {
    await page.getByRole('tab', { name: '内部备注' }).click();
    await page.fill('textarea[name=note]', '客户很客气，换货后记得跟进物流');
    await page.getByRole('button', { name: '添加备注' }).click();
    await page.locator('.note', { hasText: '换货后记得跟进物流' }).waitFor();
    const history = await chat.history();
    expect(history.some((m) => m.text.includes('跟进物流'))).toBe(false);
    await page.getByRole('tab', { name: '回复客户' }).click();
  });

  it('performs an exchange from the order panel and the audit shows it', async () => {
    await page.locator('.order-head', { hasText: '202506130001' }).click();
    const form = page.locator('.action-form');
    await form.locator('select[name=action]').selectOption('exchange');
    await form.locator('select[name=fromSku]').selectOption('p1001-white-M');
    const target = form.locator('select[name=toSku] option[value="p1001-white-L"]');
    await target.waitFor({ state: 'attached' });
    await form.locator('select[name=toSku]').selectOption('p1001-white-L');
    await form.locator('button[type=submit]').click();
    await form.locator('.result.ok').waitFor();
    const entry = page.locator('#audit li[data-action=exchange][data-outcome=executed]');
    await entry.waitFor();
    expect(await entry.textContent()).toContain('p1001-white-M → p1001-white-L');
    const audit = await stage.kefu.stores.audit.listAudit('demo-apparel', {
      conversationId: chat.id,
    });
    expect(audit.some((a) => a.action === 'exchange' && a.outcome === 'executed')).toBe(true);
    await shot('zh-exchange-audit');
  });

  it('shows a refusal in both languages and lets the owner override it with a reason', async () => {
    await page.locator('.order-head', { hasText: '202505070002' }).click();
    const form = page.locator('.action-form');
    await form.locator('select[name=action]').selectOption('return');
    await form.locator('button[type=submit]').click();
    const refused = form.locator('.result.refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/退货期/);
    expect(await refused.textContent()).toMatch(/return window/);
    const override = form.locator('.override button');
    await expect(override.isDisabled()).resolves.toBe(true);
    await form.locator('textarea[name=override_reason]').fill('老客户，店长特批退货');
    await shot('zh-refusal-override');
    await override.click();
    await page.locator('#audit li[data-action=return][data-outcome=overridden]').waitFor();
  });

  it('badges the title with unread customer messages of conversations not in view', async () => {
    const other = await stage.customer();
    await other.say('人工客服');
    await page.locator(`#queue li[data-conversation="${other.id}"] button.claim`).click();
    await page.locator(`#mine li[data-conversation="${other.id}"]`).waitFor();
    await page.locator(`#mine li[data-conversation="${chat.id}"]`).click();
    await page.locator(`main[data-conversation="${chat.id}"]`).waitFor();
    await other.say('请问什么时候能处理？');
    await page.waitForFunction(() => document.title === '(1) kefu');
    await page.locator(`#mine li[data-conversation="${other.id}"] .badge.unread`).waitFor();
    await page.locator(`#mine li[data-conversation="${other.id}"]`).click();
    await page.waitForFunction(() => document.title === 'kefu');
    await page.locator(`#mine li[data-conversation="${chat.id}"]`).click();
  });

  it('orders the queue by priority and colours waits at 2 and 3 minutes', async () => {
    const clock = stage.kefu.clock;
    const early = await stage.customer();
    await early.say('转人工');
    clock.advance(65_000);
    const threat = await stage.customer('c003');
    await threat.say('再不给我退货我就打12315');
    clock.advance(125_000);
    const fresh = await stage.customer();
    await fresh.say('我要找人工客服');
    const rows = page.locator('#queue li.row');
    await page.locator(`#queue li[data-conversation="${fresh.id}"]`).waitFor();
    const order = await rows.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-conversation')),
    );
    expect(order).toEqual([threat.id, early.id, fresh.id]);
    const wait = (id: string) => page.locator(`#queue li[data-conversation="${id}"] .wait`);
    await expect(wait(early.id).getAttribute('class')).resolves.toContain('sla-breach');
    await expect(wait(threat.id).getAttribute('class')).resolves.toContain('sla-warn');
    await expect(wait(fresh.id).getAttribute('class')).resolves.toContain('sla-ok');
    await page.locator(`#queue li[data-conversation="${threat.id}"] .badge.urgent`).waitFor();
    await shot('zh-queue-sla');
  });

  it('switches the whole workspace to English', async () => {
    await page.locator('.lang-switch button[data-lang=en]').click();
    await page.locator('.top-bar').getByText('Agent workspace').waitFor();
    await page.getByText('Handoff summary').waitFor();
    expect(await page.locator('#mine h2').textContent()).toContain('My conversations');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shot('en-conversation');
    await page.setViewportSize({ width: 1024, height: 768 });
    await shot('en-conversation-1024');
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.locator('.lang-switch button[data-lang=zh-CN]').click();
  });

  it('lets the owner assign a queued conversation to an agent from the queue row', async () => {
    const waiting = await stage.customer();
    await waiting.say('转人工');
    const row = page.locator(`#queue li[data-conversation="${waiting.id}"]`);
    await row.click();
    await page.locator('.conversation-header select[name=assign]').waitFor();
    await row.locator('select[name=assign]').selectOption('wang');
    await page.locator(`#others li[data-conversation="${waiting.id}"]`).waitFor();
    const handoff = await stage.kefu.stores.handoffs.openHandoffOf('demo-apparel', waiting.id);
    expect(handoff?.assignedTo).toBe('wang');
    await expect(row.count()).resolves.toBe(0);
  });

  it('keeps a resolved conversation under "recently closed", open read only', async () => {
    await page.locator(`#mine li[data-conversation="${chat.id}"]`).click();
    await page.locator('.conversation-header button', { hasText: '标记已解决' }).click();
    const row = page.locator(`#recent li[data-conversation="${chat.id}"]`);
    await row.waitFor();
    expect(await page.locator('#recent h2').textContent()).toContain('最近结束');
    expect(await row.textContent()).toContain('已解决');
    expect(await row.textContent()).toContain('林店长');
    await row.click();
    await page.locator('.read-only').waitFor();
    expect(await page.locator('textarea[name=reply]').count()).toBe(0);
    expect(await page.locator('.conversation-header .controls button').count()).toBe(0);
    expect(await page.locator('.action-form').count()).toBe(0);
    await page.locator('.msg.from-customer .bubble', { hasText: '好的，谢谢！' }).waitFor();
    await shot('zh-recent-closed');
    await page.locator('.lang-switch button[data-lang=en]').click();
    await page.locator('#recent h2', { hasText: 'Recently closed' }).waitFor();
    await shot('en-recent-closed');
    await page.locator('.lang-switch button[data-lang=zh-CN]').click();
  });

  it('serves the merchant console placeholder with a link back to the workspace', async () => {
    const res = await fetch(`${stage.base}/console/merchant`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('href="/console"');
  });
});
