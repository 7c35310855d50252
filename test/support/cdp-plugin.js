import { writeFile } from 'node:fs/promises';

/**
 * Server-side commands that need the Chrome DevTools Protocol: what a screen reader is given
 * (the full accessibility tree), real touch input and screenshots, which the stock commands do not offer.
 */
const sessions = new Map();

function cdpFor(session) {
  if (!sessions.has(session.id)) {
    sessions.set(session.id, session.browser.getPage(session.id).createCDPSession());
  }
  return sessions.get(session.id);
}

export function cdpPlugin() {
  return {
    name: 'ics-cdp',
    async executeCommand({ command, payload, session }) {
      if (command === 'ax-tree') {
        const cdp = await cdpFor(session);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((n) => !n.ignored)
          .map((n) => ({
            role: n.role?.value,
            name: n.name?.value ?? '',
            description: n.description?.value ?? '',
            expanded: n.properties?.find((p) => p.name === 'expanded')?.value?.value,
            focusable: n.properties?.find((p) => p.name === 'focusable')?.value?.value === true,
          }));
      }
      if (command === 'tap') {
        const cdp = await cdpFor(session);
        const touchPoints = [{ x: payload.x, y: payload.y }];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        return true;
      }
      if (command === 'ics-emulate-media') {
        // Any media feature, forced-colors included, which the stock emulateMedia command does not pass.
        // The session stays open: emulation ends when the session that set it detaches.
        const cdp = await cdpFor(session);
        await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
        return true;
      }
      if (command === 'ics-screenshot') {
        // The pixels a reader sees, top layer included, as base64 PNG; also written to `path` when given.
        const cdp = await cdpFor(session);
        const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
        if (payload?.path) await writeFile(payload.path, Buffer.from(data, 'base64'));
        return data;
      }
      return undefined;
    },
  };
}
