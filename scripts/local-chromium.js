/**
 * The project served on a free loopback port by @web/dev-server, and Debian's Chromium driven by
 * puppeteer-core: what the screenshots and the bench both need. Nothing is downloaded; CHROME_PATH
 * points at another Chromium.
 */
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './engines.js';

/** Starts the server with `config` (rootDir, middleware…) and the browser with `launch` options. */
export async function serveAndLaunch(config, launch = {}) {
  const server = await startDevServer({
    config: { ...config, port: 0, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const origin = `http://127.0.0.1:${server.server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs,
    ...launch,
  });
  return { server, origin, browser };
}
