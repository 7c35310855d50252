#!/usr/bin/env node
/**
 * Screenshots of the demo pages from headless Chromium, so anyone can refresh the pictures in the
 * README: `npm run build && node scripts/screenshots.js`. The pages are served as `npm start` serves
 * them (the CMS page under its strict CSP), each shot in a fresh browser context so that the dark-mode
 * switch of one shot does not carry over to the next. A page error or console error fails the run.
 */
import { mkdir } from 'node:fs/promises';
import demoServer from '../web-dev-server.config.js';
import { serveAndLaunch } from './local-chromium.js';

const OUT = 'docs/screenshots';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 320, height: 640 };

/**
 * `open`: the text of a term whose tooltip to open; `search`: what to type into the glossary's search
 * box; `dark`: press the page's dark-mode switch first.
 */
const shots = [
  { file: 'index-1280.png', page: '/demo/', ...DESKTOP },
  { file: 'index-320.png', page: '/demo/', open: 'ICS', ...PHONE },
  { file: 'article-1280.png', page: '/demo/article.html', open: 'integrated care system', ...DESKTOP },
  { file: 'article-320.png', page: '/demo/article.html', open: 'integrated care system', ...PHONE },
  { file: 'article-dark-1280.png', page: '/demo/article.html', dark: true, open: 'integrated care system', ...DESKTOP },
  { file: 'glossary-1280.png', page: '/demo/glossary.html?q=board', ...DESKTOP },
  { file: 'glossary-320.png', page: '/demo/glossary.html', search: 'partnership', ...PHONE },
  { file: 'glossary-entry-1280.png', page: '/demo/glossary.html#ics', ...DESKTOP },
  { file: 'cms-1280.png', page: '/demo/cms.html', open: 'NHCP', ...DESKTOP },
  { file: 'cms-320.png', page: '/demo/cms.html', open: 'virtual ward', ...PHONE },
  { file: 'theming-1280.png', page: '/demo/theming.html', open: 'ICP', ...DESKTOP },
  { file: 'theming-320.png', page: '/demo/theming.html', open: 'ICS', ...PHONE },
];

/** Focuses the first term with that text, as a keyboard user would, and waits until its tooltip has faded in. */
async function openTerm(page, text) {
  await page.evaluate(async (text) => {
    await customElements.whenDefined('ics-term');
    const term = [...document.querySelectorAll('ics-term')].find((t) => t.textContent.trim() === text);
    term.scrollIntoView({ block: 'nearest' });
    term.shadowRoot.querySelector('[part~="term"]').focus();
    const tip = () => term.shadowRoot.querySelector('[part~="tooltip"][data-positioned]');
    while (!tip()) await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all(tip().getAnimations().map((animation) => animation.finished));
  }, text);
}

/** Types into the glossary's search box, in its shadow root, and waits for the list to follow. */
async function search(page, text) {
  const input = await page.waitForSelector('ics-glossary >>> [part~="search-input"]');
  await input.type(text);
  await page.evaluate(() => document.querySelector('ics-glossary').updateComplete);
}

const { server, origin, browser } = await serveAndLaunch({ ...demoServer, rootDir: process.cwd() });
const problems = [];
try {
  await mkdir(OUT, { recursive: true });
  for (const shot of shots) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${shot.file}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${shot.file}: ${message.text()}`);
    });
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
    await page.goto(origin + shot.page, { waitUntil: 'networkidle0' });
    if (shot.dark) await page.click('.theme-switch');
    if (shot.search) await search(page, shot.search);
    if (shot.open) await openTerm(page, shot.open);
    await page.screenshot({ path: `${OUT}/${shot.file}` });
    console.log(`${OUT}/${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
if (problems.length > 0) {
  console.error(`The pages reported errors:\n${problems.join('\n')}`);
  process.exitCode = 1;
}
