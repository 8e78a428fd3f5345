import type { Hono } from 'hono';
import type { WebAssets } from './web-assets.js';

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>上岸</title>
<p>网页界面还没有构建。请运行 <code>npm run build</code> 后重新启动。</p>
<p>The web app is not built yet: run <code>npm run build</code>, then start again.</p></html>`;

/**
 * Serves the web app at `/` and its hashed files under `/assets/`. Hashed names never change
 * content, so they are cached for a year; the page itself is never cached, so an update shows at
 * once. Everything comes from this server: the CSP (security.ts) allows nothing else.
 */
export function registerWebApp(app: Hono, assets: WebAssets) {
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const asset = assets.get(c.req.path);
    if (asset === undefined) {
      if (c.req.path === '/') return c.html(NOT_BUILT, 503);
      return next();
    }
    const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    const headers: Record<string, string> = { 'Content-Type': asset.type, Vary: 'Accept-Encoding' };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    if (c.req.path.startsWith('/assets/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    return c.body(gzip ? asset.gzip : asset.body, 200, headers);
  });
}
