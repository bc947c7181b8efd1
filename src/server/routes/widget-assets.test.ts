import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniBundle } from '../../test-support/mini-bundle.ts';
import { testKefu } from '../../test-support/test-kefu.ts';
import { errorResponse } from '../error-response.ts';
import { hostedChatPage, registerWidgetAssetRoutes } from './widget-assets.ts';

let dist: string;

beforeAll(async () => {
  dist = await fs.mkdtemp(path.join(os.tmpdir(), 'kefu-dist-'));
  await fs.mkdir(path.join(dist, 'assets'));
  await fs.writeFile(path.join(dist, 'widget.js'), 'console.log("loader")');
  await fs.writeFile(path.join(dist, 'assets', 'chat-abc123.js'), 'export {}');
  await fs.writeFile(
    path.join(dist, 'chat.html'),
    '<html><head><title>x</title><!--kefu:config--></head><body></body></html>',
  );
});
afterAll(async () => {
  await fs.rm(dist, { recursive: true, force: true });
});

async function app(root = dist) {
  const a = Fastify();
  a.setErrorHandler((error, _request, reply) => {
    const { status, body } = errorResponse(error);
    void reply.status(status).send(body);
  });
  await registerWidgetAssetRoutes(a, root);
  return a;
}

describe('the widget assets', () => {
  it('serves the loader with a short cache and an etag that answers 304', async () => {
    const a = await app();
    const res = await a.inject({ url: '/widget.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toContain('max-age=300');
    const again = await a.inject({
      url: '/widget.js',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('serves hashed panel assets as immutable for a year', async () => {
    const res = await (await app()).inject({ url: '/widget/assets/chat-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['cache-control']).toContain('max-age=31536000');
  });

  it('does not serve files outside the assets folder', async () => {
    const a = await app();
    expect((await a.inject({ url: '/widget/assets/../chat.html' })).statusCode).toBe(404);
    expect((await a.inject({ url: '/widget/assets/%2e%2e/widget.js' })).statusCode).toBe(404);
  });

  it('answers 503 with the fix when the widget is not built', async () => {
    const a = await app(path.join(dist, 'missing'));
    const res = await a.inject({ url: '/widget.js' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build:web');
  });

  it("writes the shop's config into the page without letting its name break out", async () => {
    const html = await hostedChatPage(
      {
        id: 's',
        name: { zh: '</script><script>alert(1)</script>', en: 'S' },
        currency: 'CNY',
        timezone: 'Asia/Shanghai',
      },
      dist,
    );
    expect(html).toContain('id="kefu-config"');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('\\u003c/script>');
    expect(html).toContain('<title>&#60;/script&#62;');
  });
});

describe('the hosted chat page route', () => {
  it('keeps answering an unknown shop with a JSON 404', async () => {
    const kefu = await testKefu([miniBundle('shop-a')], '2024-06-20T10:00:00+08:00');
    const res = await kefu.app.inject({ url: '/chat/no-such-shop' });
    expect(res.statusCode).toBe(404);
    expect((res.json() as { error: { code: string } }).error.code).toBe('not_found');
    await kefu.close();
  });
});
