import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponse } from '../error-response.ts';
import { consolePage, registerConsoleAssetRoutes } from './console-assets.ts';

let dist: string;

beforeAll(async () => {
  dist = await fs.mkdtemp(path.join(os.tmpdir(), 'kefu-console-dist-'));
  await fs.mkdir(path.join(dist, 'assets'));
  await fs.writeFile(path.join(dist, 'assets', 'console-abc123.js'), 'export {}');
  await fs.writeFile(path.join(dist, 'console.html'), '<html><title>kefu</title></html>');
});
afterAll(async () => {
  await fs.rm(dist, { recursive: true, force: true });
});

async function app() {
  const a = Fastify();
  a.setErrorHandler((error, _request, reply) => {
    const { status, body } = errorResponse(error);
    void reply.status(status).send(body);
  });
  await registerConsoleAssetRoutes(a, dist);
  return a;
}

describe('the workspace assets', () => {
  it('serves hashed assets for a year, immutable', async () => {
    const res = await (await app()).inject({ url: '/console/assets/console-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
  });

  it('sends /console/ to /console', async () => {
    const res = await (await app()).inject({ url: '/console/' });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/console');
  });

  it('reads the built page, and says how to build it when missing', async () => {
    await expect(consolePage(dist)).resolves.toContain('<title>kefu</title>');
    await expect(consolePage(path.join(dist, 'nowhere'))).rejects.toThrow(/npm run build:web/);
  });
});
