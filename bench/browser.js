/**
 * The browser side of the bench: the project served as scripts/local-chromium.js serves it, with pages
 * generated in memory beside it.
 */
import { serveAndLaunch } from '../scripts/local-chromium.js';
import { ROOT } from './paths.js';

export async function startBrowser() {
  const routes = new Map();
  const { server, origin, browser } = await serveAndLaunch(
    {
      rootDir: ROOT,
      middleware: [
        (ctx, next) => {
          // Cross-origin isolation sharpens performance.now() from 100 µs to 5 µs steps.
          ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
          ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
          const route = routes.get(ctx.path);
          if (!route) return next();
          ctx.type = route.type;
          ctx.body = route.body;
          return undefined;
        },
      ],
    },
    // mark.js tagging 1 MB with every form takes minutes inside one call.
    { protocolTimeout: 900_000 },
  );

  return {
    /** Serves `body` at `path` (absolute, as `/bench/x.html`) until the browser closes. */
    serve(path, type, body) {
      routes.set(path, { type, body });
    },

    /**
     * A fresh tab at `path`, loaded; its CDP session is `page.cdp`. Errors in the page are reported.
     * `isolated`: in a browser context of its own, closed with the tab, so nothing the earlier tabs
     * fetched or compiled is cached: a reader's first visit. `beforeLoad(page)` runs before navigating,
     * to watch the page from its first request.
     */
    async open(path, { isolated = false, beforeLoad } = {}) {
      const context = isolated ? await browser.createBrowserContext() : undefined;
      const page = await (context ?? browser).newPage();
      if (context) page.close = () => context.close();
      await page.setViewport({ width: 1280, height: 800 });
      page.on('pageerror', (error) => console.error(`[page ${path}] ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') console.error(`[page ${path}] ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) console.error(`[page ${path}] ${response.status()} ${response.url()}`);
      });
      page.cdp = await page.createCDPSession();
      await page.cdp.send('Performance.enable');
      await beforeLoad?.(page);
      await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
      return page;
    },

    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** A full garbage collection, so that no run pays for the garbage of the one before. */
export async function collectGarbage(page) {
  await page.cdp.send('HeapProfiler.collectGarbage');
}

/** Live JavaScript heap and DOM node count, after a full collection. */
export async function heapAfterGc(page) {
  await collectGarbage(page);
  const { metrics } = await page.cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value;
  return { jsHeapUsed: metric('JSHeapUsedSize'), nodes: metric('Nodes') };
}

/** A page with a title and a body, and the scripts to run in it. */
export function htmlPage({ title, body, scripts = [] }) {
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${tags}</head>
<body>${body}</body>
</html>`;
}
