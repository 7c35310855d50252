import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { cdpPlugin } from './test/support/cdp-plugin.js';

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

/** What a strict site sends: no inline script or style, and Trusted Types for every script sink. */
const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  // Lit's one policy; each copy of the library on a page creates its own.
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

/** Test pages served with response headers, and routes that fail the ways a glossary URL can. */
const testServer = [
  async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/test/pages/csp/')) ctx.set('Content-Security-Policy', strictCsp);
  },
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
