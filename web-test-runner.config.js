import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { cdpPlugin } from './test/support/cdp-plugin.js';
import { strictCspMiddleware, strictDemoPages } from './scripts/csp.js';
import { parsingPage } from './test/support/parsing-page.js';

/**
 * Real Chromium (Debian's package), never a downloaded one. CHROME_PATH points elsewhere when needed.
 * As root Chromium needs --no-sandbox; the networking flags stop it from calling out from a closed network.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Test pages served with response headers, and routes that fail the ways a glossary URL can. */
const testServer = [
  parsingPage,
  // The strict test pages, and the demo's CMS page as `npm start` serves it (test/browser/demo.test.ts).
  strictCspMiddleware((path) => path.startsWith('/test/pages/csp/') || strictDemoPages.includes(path)),
  async (ctx, next) => {
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
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' }), cdpPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
