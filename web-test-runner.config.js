import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { TEN_TERMS_ARTICLE } from './bench/sizes/ten-terms.js';
import { strictCspMiddleware, strictDemoPages } from './scripts/csp.js';
import { browserLaunchers } from './scripts/engines.js';
import { engineCommands } from './test/support/engine-commands.js';
import { failureSummary } from './test/support/failure-summary.js';
import { parsingPage } from './test/support/parsing-page.js';

/**
 * While held (`/__ics/hold-details` until `/__ics/release-details`), the bundled glossary's details
 * do not arrive at pages loaded under `/__ics/slow-details/`.
 */
let detailsHeld;

/** A page tagged on the server with its glossary embedded, for the data-less build; `?as-of=` dates it. */
async function serverTaggedPage(ctx) {
  const { tagHtml } = await import('./dist/server.js');
  const asOf = ctx.query['as-of'] || undefined;
  const page = TEN_TERMS_ARTICLE.replace('</head>', '<script type="module" src="/dist/ics-glossary-no-data.js"></script></head>');
  ctx.type = 'html';
  ctx.body = tagHtml(page, { embedGlossary: true, asOf });
}

/** Test pages served with response headers, and routes that fail the ways a glossary URL can. */
const testServer = [
  parsingPage,
  // The strict test pages, and the demo's CMS page as `npm start` serves it (test/browser/demo.test.ts).
  strictCspMiddleware((path) => path.startsWith('/test/pages/csp/') || strictDemoPages.includes(path)),
  async (ctx, next) => {
    if (ctx.path === '/__ics/hold-details') {
      let release;
      detailsHeld = { promise: new Promise((resolve) => (release = resolve)), release };
      return void (ctx.status = 204);
    }
    if (ctx.path === '/__ics/release-details') {
      detailsHeld?.release();
      detailsHeld = undefined;
      return void (ctx.status = 204);
    }
    // The test pages and built files as a slow network serves them: the details wait while held.
    if (ctx.path.startsWith('/__ics/slow-details/')) {
      ctx.path = ctx.path.slice('/__ics/slow-details'.length);
      if (/-bundled-[\w-]+\.js$/.test(ctx.path)) await detailsHeld?.promise;
    }
    if (ctx.path === '/__ics/server-tagged.html') return serverTaggedPage(ctx);
    if (ctx.path === '/__ics/never') {
      // Holds the request open until the browser gives up on it.
      await new Promise((resolve) => ctx.res.once('close', resolve));
      ctx.status = 204;
      ctx.respond = false;
      return;
    }
    if (ctx.path === '/__ics/network-error') {
      ctx.req.socket.destroy();
      ctx.status = 204;
      ctx.respond = false;
      return;
    }
    // The demo as a first visit sees it: a page from the memory cache may run its scripts as it
    // commits, before demo.test.ts can start recording what they log (WebKit does). The test
    // runner marks every file cacheable for a year once this returns; that mark is dropped here.
    if (ctx.path.startsWith('/demo/') || ctx.path.startsWith('/dist/')) {
      await next();
      ctx.set('Cache-Control', 'no-store');
      const set = ctx.response.set.bind(ctx.response);
      ctx.response.set = (field, value) => void (String(field).toLowerCase() !== 'cache-control' && set(field, value));
      return;
    }
    // The built files as a CDN that has lost the tooltip chunk serves them.
    if (ctx.path.startsWith('/__ics/no-tooltip/dist/')) {
      if (/ics-glossary-tooltip-/.test(ctx.path)) return void (ctx.status = 404);
      ctx.path = ctx.path.slice('/__ics/no-tooltip'.length);
    }
    await next();
  },
];

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  middleware: testServer,
  // One test file at a time in each engine, and one engine at a time: hover delays and layout
  // measurements stay honest on a two-core machine.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' }), engineCommands()],
  // Chromium, Firefox ESR and WebKitGTK, from Debian's packages (scripts/engines.js).
  browsers: browserLaunchers(),
  reporters: [defaultReporter(), failureSummary()],
};
