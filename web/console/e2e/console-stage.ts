/**
 * What the workspace's browser tests run against: kefu in-process on a random port with the
 * demo shop and its documented team (林店长, 小王, 小李), a customer who talks through the chat
 * API, and headless Debian chromium at desktop width (never `npx playwright install`).
 */
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DEMO_AS_OF, seedDemoIfMissing } from '../../../src/cli/seed-demo.ts';
import { signCustomerToken } from '../../../src/server/auth/tokens.ts';
import { testKefu } from '../../../src/test-support/test-kefu.ts';

const SHOP = 'demo-apparel';

/** kefu at `now` (the demo's morning unless told), agents' presence read from the store. */
export async function startConsoleStage(now = DEMO_AS_OF) {
  const kefu = await testKefu([], now, null);
  await seedDemoIfMissing(kefu.db, new Date(DEMO_AS_OF));
  await kefu.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(kefu.app.server.address() as AddressInfo).port}`;
  const api = async (method: string, url: string, body?: unknown, token?: string) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };

  /** A customer (signed in as `customerId` when given) with a fresh conversation. */
  async function customer(customerId?: string) {
    let customer_token: string | undefined;
    if (customerId) {
      const secret = await kefu.stores.access.shopSecret(
        SHOP,
        () => 'unused',
        kefu.clock.now().toISOString(),
      );
      customer_token = await signCustomerToken(secret, SHOP, customerId, 3600, kefu.clock.now());
    }
    const started = await api('POST', `/api/shops/${SHOP}/conversations`, {
      ...(customer_token ? { customer_token } : {}),
    });
    const id = (started['conversation'] as { id: string }).id;
    const token = started['access_token'] as string;
    return {
      id,
      say: async (text: string) =>
        (await api('POST', `/api/shops/${SHOP}/conversations/${id}/messages`, { text }, token)) as {
          replies: Array<{ author: string; text: string }>;
          conversation: { status: string };
        },
      history: async () =>
        (
          (await api(
            'GET',
            `/api/shops/${SHOP}/conversations/${id}/messages`,
            undefined,
            token,
          )) as {
            messages: Array<{ author: string; text: string; author_name: string | null }>;
          }
        ).messages,
    };
  }

  return { kefu, base, customer, close: () => kefu.close() };
}

/** A fresh headless chromium profile at 1280 px in the shop's time zone; `close` removes it. */
export async function launchDesktop(width = 1280, height = 860) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kefu-console-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width, height },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return {
    context,
    async close() {
      await context.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
