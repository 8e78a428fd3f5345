import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { iconPng, serviceWorkerSource, webManifest } from '../../vite-offline-shell';

describe('the offline shell of the standalone build', () => {
  it('draws each icon as a valid PNG of its size, teal above the shore', () => {
    const png = Buffer.from(iconPng(192));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(192);
    expect(png.readUInt32BE(20)).toBe(192);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    const pixels = inflateSync(png.subarray(41, 41 + idatLength));
    expect(pixels.length).toBe(192 * (192 * 3 + 1));
    expect([...pixels.subarray(1, 4)]).toEqual([0x1f, 0x5f, 0x5b]);
    const lastRow = 191 * (192 * 3 + 1);
    expect([...pixels.subarray(lastRow + 1, lastRow + 4)]).toEqual([0xf3, 0xe9, 0xd2]);
  });

  it('names the app in Chinese, installable standalone, with both icon sizes', () => {
    const manifest = webManifest();
    expect(manifest).toMatchObject({
      lang: 'zh-CN',
      short_name: '上岸',
      display: 'standalone',
      start_url: './',
    });
    expect((manifest.icons as { sizes: string }[]).map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
  });

  it('precaches the start page and every file but the engine under a versioned cache; the engine apart', () => {
    const source = serviceWorkerSource('abc123', [
      'index.html',
      'assets/app.js',
      'assets/pglite-X1.wasm',
      'assets/initdb-X2.wasm',
      'assets/pglite-X3.data',
    ]);
    expect(source).toContain('const CACHE = "shangan-abc123";');
    expect(source).toContain('const ENGINE_CACHE = "shangan-engine";');
    expect(source).toContain('const FILES = ["./","index.html","assets/app.js"];');
    expect(source).toContain(
      'const ENGINE = ["assets/pglite-X1.wasm","assets/initdb-X2.wasm","assets/pglite-X3.data"];',
    );
    expect(() => new Function(source)).not.toThrow();
  });
});
