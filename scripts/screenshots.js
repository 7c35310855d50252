#!/usr/bin/env node
/**
 * Screenshots of the demo pages with a tooltip open, from headless Chromium, so anyone can refresh
 * the pictures in the README: `npm run build && node scripts/screenshots.js`.
 */
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { chromiumArgs } from '../web-test-runner.config.js';

const shots = [
  { page: '/demo/index.html', term: 'ics-term', width: 1280, height: 720, file: 'term-1280.png' },
  { page: '/demo/index.html', term: 'ics-term', width: 320, height: 640, file: 'term-320.png' },
  { page: '/demo/index.html', term: 'ics-term[as-of]:last-of-type', width: 1280, height: 720, file: 'term-as-of-1280.png' },
];

const server = await startDevServer({
  config: { rootDir: process.cwd(), port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs,
});
try {
  await mkdir('docs/screenshots', { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}${shot.page}`, { waitUntil: 'networkidle0' });
    await page.evaluate(async (selector) => {
      const term = document.querySelector(selector);
      term.scrollIntoView({ block: 'center' });
      term.shadowRoot.querySelector('[part~="term"]').focus();
      const tip = () => term.shadowRoot.querySelector('[part~="tooltip"][data-positioned]');
      while (!tip()) await new Promise((r) => setTimeout(r, 20));
      await Promise.all(tip().getAnimations().map((a) => a.finished));
    }, shot.term);
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    console.log(`docs/screenshots/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
