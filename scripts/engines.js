import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/**
 * The three engines the browser suite runs in, each from Debian's packages, never a downloaded build.
 * On a developer's machine an engine that is not installed is skipped with one line naming its package;
 * with CI=true every engine is required. ICS_BROWSERS=chromium,firefox runs a subset.
 */

/**
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

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';

/** MiniBrowser ships in libwebkit2gtk-4.1-0, under the machine's multiarch directory. */
function findMiniBrowser() {
  const lib = '/usr/lib';
  const dirs = existsSync(lib) ? readdirSync(lib).filter((d) => d.includes('-linux-')) : [];
  return dirs.map((d) => `${lib}/${d}/webkit2gtk-4.1/MiniBrowser`).find((path) => existsSync(path));
}

/** A port nothing listens on now, for WebKitWebDriver. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself, and resolves with that display, e.g. ":3". */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code} before it was ready`)));
  });
}

async function waitForDriver(port, driver) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start within 20 s');
}

/**
 * WebKitGTK's MiniBrowser driven by WebKitWebDriver on a virtual X display (MiniBrowser has no
 * headless mode). It runs in dark mode, so the suite also runs once on a dark-mode system: a page
 * that does not declare a colour scheme must still look light there.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor(miniBrowser) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        // WebKitWebDriver speaks classic WebDriver only.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation', '--dark-mode'] },
      },
    });
    this.children = [];
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const display = process.env.DISPLAY || (await startXvfb(this.children));
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
    this.children.push(driver);
    const end = () => this.children.forEach((child) => child.kill());
    process.once('exit', end);
    await waitForDriver(port, driver);
    this.options.port = port;
  }

  async startSession(id, url) {
    if (!this.driver) {
      await this.ensureManagerInitialized();
      await this.setViewport({ width: 800, height: 600 });
    }
    return super.startSession(id, url);
  }

  /**
   * Sizes the window so that its viewport is `width` by `height`. MiniBrowser's toolbar keeps the
   * window at least 447 px wide: narrower asks get that, and tests measure against the real viewport.
   */
  async setViewport({ width, height }) {
    const [innerWidth, innerHeight] = await this.driver.execute(() => [window.innerWidth, window.innerHeight]);
    const outer = await this.driver.getWindowRect();
    await this.driver.setWindowRect(null, null, width + outer.width - innerWidth, height + outer.height - innerHeight);
  }

  /**
   * webdriverio presses a string's keys all down, then all up, and WebKitWebDriver drops a key that is
   * down already: "agreement" would arrive as "agrement". One key at a time.
   */
  async sendKeys(sessionId, keys) {
    for (const key of keys) await super.sendKeys(sessionId, [key]);
  }

  async stop() {
    await super.stop();
    this.children.forEach((child) => child.kill());
  }
}

const engines = [
  {
    id: 'chromium',
    name: 'Chromium',
    packages: 'chromium',
    missing: () => !existsSync(CHROMIUM),
    launcher: () =>
      chromeLauncher({ launchOptions: { executablePath: CHROMIUM, headless: true, args: chromiumArgs } }),
  },
  {
    id: 'firefox',
    name: 'Firefox ESR',
    packages: 'firefox-esr',
    missing: () => !existsSync(FIREFOX),
    // puppeteer-core over WebDriver BiDi, with the system's Firefox ESR.
    launcher: () =>
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
      }),
  },
  {
    id: 'webkit',
    name: 'WebKitGTK',
    packages: 'webkit2gtk-driver xvfb',
    missing: () => !existsSync(WEBKIT_DRIVER) || !findMiniBrowser() || (!process.env.DISPLAY && !existsSync(XVFB)),
    launcher: () => new WebKitLauncher(findMiniBrowser()),
  },
];

/** The launchers for the engines installed here, or an error in CI when one is missing. */
export function browserLaunchers() {
  const wanted = process.env.ICS_BROWSERS?.split(',').map((s) => s.trim());
  const launchers = [];
  for (const engine of engines) {
    if (wanted && !wanted.includes(engine.id)) continue;
    if (engine.missing()) {
      const line = `${engine.name} is not installed (apt-get install ${engine.packages})`;
      if (process.env.CI === 'true') throw new Error(`CI runs the tests in every engine, but ${line}`);
      console.warn(`Skipping ${engine.name}: not installed (apt-get install ${engine.packages})`);
      continue;
    }
    launchers.push(engine.launcher());
  }
  if (launchers.length === 0) throw new Error('No browser engine is installed; apt-get install chromium');
  return launchers;
}
