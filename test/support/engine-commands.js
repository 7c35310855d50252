import { writeFile } from 'node:fs/promises';

/**
 * Server-side commands that the stock ones do not offer, each done the way its engine allows: what a
 * screen reader is given, real touch input, media emulation, screenshots and the viewport's size.
 * A command an engine cannot do throws; the tests that need it run only where it can (helpers.ts).
 */
const sessions = new Map();

/** Chromium's DevTools Protocol session for the test page. */
function cdpFor(session) {
  if (!sessions.has(session.id)) {
    sessions.set(session.id, session.browser.getPage(session.id).createCDPSession());
  }
  return sessions.get(session.id);
}

/** Chromium and Firefox both run under puppeteer-core; only Chromium's page speaks CDP. */
const isChromium = (session) => session.browser.type === 'puppeteer' && session.browser.name === 'Chrome';
const isFirefox = (session) => session.browser.type === 'puppeteer' && session.browser.name === 'Firefox';

function unsupported(command, session) {
  return new Error(`${command} is not available in ${session.browser.name}`);
}

const commands = {
  /** Chromium's full accessibility tree, unignored nodes only. */
  async 'ax-tree'(_, session) {
    if (!isChromium(session)) throw unsupported('ax-tree', session);
    const { nodes } = await (await cdpFor(session)).send('Accessibility.getFullAXTree');
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({
        role: n.role?.value,
        name: n.name?.value ?? '',
        description: n.description?.value ?? '',
        expanded: n.properties?.find((p) => p.name === 'expanded')?.value?.value,
        focusable: n.properties?.find((p) => p.name === 'focusable')?.value?.value === true,
        disabled: n.properties?.find((p) => p.name === 'disabled')?.value?.value === true,
      }));
  },

  /**
   * The elements the engine's accessibility tree gives `role` (and `name`, when given), found through
   * it (CDP in Chromium, WebDriver BiDi in Firefox): their `part` and `id` attributes and their text.
   */
  async 'ax-find'({ role, name }, session) {
    if (session.browser.type !== 'puppeteer') throw unsupported('ax-find', session);
    const page = session.browser.getPage(session.id);
    const named = name === undefined ? '' : `[name=${JSON.stringify(name)}]`;
    const query = `::-p-aria(${named}[role=${JSON.stringify(role)}])`;
    // Firefox's tree search does not cross into shadow roots: search from each open one as well.
    const roots = await page.evaluateHandle(() => {
      const found = [document];
      for (let i = 0; i < found.length; i++) {
        for (const el of found[i].querySelectorAll('*')) if (el.shadowRoot) found.push(el.shadowRoot);
      }
      return found;
    });
    const handles = [];
    for (const root of (await roots.getProperties()).values()) handles.push(...(await root.$$(query)));
    // Chromium's search crosses shadow roots by itself, and so finds some elements twice.
    return page.evaluate(
      (...elements) => [...new Set(elements)].map((el) => ({ part: el.getAttribute('part'), id: el.id, text: el.textContent })),
      ...handles,
    );
  },

  /** A real touch tap: touchstart and touchend, then the click the engine makes of them. */
  async tap({ x, y }, session) {
    if (isChromium(session)) {
      const cdp = await cdpFor(session);
      const touchPoints = [{ x, y }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      return true;
    }
    if (isFirefox(session)) {
      await session.browser.getPage(session.id).touchscreen.tap(x, y);
      return true;
    }
    throw unsupported('tap', session);
  },

  /**
   * Any media feature, forced-colors included, which the stock emulateMedia command does not pass.
   * The session stays open: emulation ends when the session that set it detaches.
   */
  async 'ics-emulate-media'({ features }, session) {
    if (!isChromium(session)) throw unsupported('ics-emulate-media', session);
    await (await cdpFor(session)).send('Emulation.setEmulatedMedia', { features });
    return true;
  },

  /** The pixels a reader sees, top layer included, as base64 PNG; also written to `path` when given. */
  async 'ics-screenshot'(payload, session) {
    let data;
    if (isChromium(session)) ({ data } = await (await cdpFor(session)).send('Page.captureScreenshot', { format: 'png' }));
    else if (isFirefox(session)) data = await session.browser.getPage(session.id).screenshot({ encoding: 'base64' });
    else data = await session.browser.driver.takeScreenshot();
    if (payload?.path) await writeFile(payload.path, Buffer.from(data, 'base64'));
    return data;
  },

  /** Resizes the viewport; the stock setViewport cannot in WebKitGTK (see WebKitLauncher in scripts/engines.js). */
  async 'ics-viewport'(size, session) {
    if (session.browser.type === 'webdriver') await session.browser.setViewport(size);
    else await session.browser.getPage(session.id).setViewport(size);
    return true;
  },
};

export function engineCommands() {
  return {
    name: 'ics-engine-commands',
    async executeCommand({ command, payload, session }) {
      return commands[command]?.(payload, session);
    },
  };
}
