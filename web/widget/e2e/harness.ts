/**
 * What the browser tests and the benchmark run against: kefu in-process on a random port with
 * the demo shop at its fixed "now", a plain host page on another origin that embeds the widget
 * with one script tag (and hostile CSS, to prove the isolation), and headless Debian chromium.
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { DEMO_AS_OF, loadDemoBundle } from '../../../src/cli/seed-demo.ts';
import { testKefu } from '../../../src/test-support/test-kefu.ts';

/** The host page: a shop page with CSS that would wreck an unisolated widget. */
export function hostPage(kefuBase: string, lang: string | null): string {
  const langAttr = lang ? ` data-lang="${lang}"` : '';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>衣衫小铺 · 测试页</title>
<style>*{font-family:serif!important;color:#c00!important}button{background:hotpink!important;border:4px dashed lime!important}
iframe{border:6px solid red!important;width:10px!important}body{margin:0;padding:24px;background:#fafafa}</style></head>
<body><h1>衣衫小铺 Demo Apparel</h1><p>A plain shop page that embeds the kefu widget with one script tag.</p>
<script src="${kefuBase}/widget.js" data-shop="demo-apparel"${langAttr} async></script></body></html>`;
}

async function listen(server: http.Server, host: string): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as AddressInfo).port;
}

/** kefu with the demo shop on 127.0.0.1 and the host page on localhost (another origin). */
export async function startStage(online = 1) {
  const kefu = await testKefu([loadDemoBundle()], DEMO_AS_OF, online);
  await kefu.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(kefu.app.server.address() as AddressInfo).port}`;
  const host = http.createServer((request, response) => {
    const lang = new URL(request.url ?? '/', 'http://x').searchParams.get('lang');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostPage(base, lang));
  });
  const hostBase = `http://localhost:${await listen(host, '127.0.0.1')}`;
  return {
    kefu,
    base,
    hostUrl: (lang?: string) => `${hostBase}/${lang ? `?lang=${lang}` : ''}`,
    async close() {
      await new Promise<void>((resolve) => host.close(() => resolve()));
      await kefu.close();
    },
  };
}

/** The flags the Debian chromium needs here (never `npx playwright install`). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh headless chromium profile; `close` removes it. */
export async function launchBrowser(viewport = { width: 375, height: 740 }) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kefu-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  return {
    context,
    async close() {
      await context.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
