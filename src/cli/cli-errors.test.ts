/** The `kefu` command's bad-input paths: one clear message each and a non-zero exit. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniBundle } from '../test-support/mini-bundle.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/kefu.mjs');

function kefu(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KEFU_SEED_DEMO: '0', ...env },
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kefu-cli-'));

describe('kefu on bad input', () => {
  it('lists every bundle problem with its path and leaves the store unchanged', () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, JSON.stringify(miniBundle()));
    expect(kefu(['import', good], { KEFU_DATA_DIR: dir }).code).toBe(0);
    const broken = miniBundle();
    const raw = JSON.parse(JSON.stringify(broken)) as {
      products: Array<{ variants: Array<Record<string, unknown>> }>;
      faq: unknown[];
    };
    const variant = raw.products[0]?.variants[0];
    if (variant) variant['price'] = 'cheap';
    raw.faq = [];
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify(raw));
    const result = kefu(['import', bad], { KEFU_DATA_DIR: dir });
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('products[0].variants[0].price: expected a number');
    const exported = kefu(['export', 'mini-shop'], { KEFU_DATA_DIR: dir });
    expect((JSON.parse(exported.out) as { faq: unknown[] }).faq).toHaveLength(1);
  });

  it('names an unknown shop and says how to import one', () => {
    const r = kefu(['export', 'nope'], { KEFU_DATA_DIR: tempDir() });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Shop "nope" was not found');
    expect(r.err).toContain('kefu import');
  });

  it('explains a missing data folder', () => {
    const r = kefu(['migrate'], { KEFU_DATA_DIR: '/nonexistent/kefu-data' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('does not exist');
  });

  it('explains a damaged database file', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'kefu.sqlite'),
      'this is not a database at all, not even close',
    );
    const r = kefu(['migrate'], { KEFU_DATA_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.err).toContain('damaged');
    expect(r.err).not.toContain('    at ');
  });

  it('explains a file that is not JSON', () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.json');
    fs.writeFileSync(file, '{ nope');
    const r = kefu(['import', file], { KEFU_DATA_DIR: dir });
    expect(r.code).toBe(2);
    expect(r.err).toContain('is not valid JSON');
  });

  it('round-trips the demo shop and the fixture through import and export', () => {
    const dir = tempDir();
    for (const file of ['data/demo-shop.json', 'data/fixtures/strict-shop.json']) {
      const source = path.resolve(import.meta.dirname, '../..', file);
      expect(kefu(['import', source], { KEFU_DATA_DIR: dir }).code).toBe(0);
      const id = (JSON.parse(fs.readFileSync(source, 'utf8')) as { shop: { id: string } }).shop.id;
      const out = path.join(dir, `${id}.json`);
      expect(kefu(['export', id, '--out', out], { KEFU_DATA_DIR: dir }).code).toBe(0);
      expect(kefu(['import', out], { KEFU_DATA_DIR: dir }).code).toBe(0);
      const again = path.join(dir, `${id}-2.json`);
      kefu(['export', id, '--out', again], { KEFU_DATA_DIR: dir });
      expect(fs.readFileSync(again, 'utf8')).toBe(fs.readFileSync(out, 'utf8'));
    }
  }, 90_000);
});
