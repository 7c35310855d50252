/**
 * In the page, beside a shipped build: a reader's first hover. The bench moves the mouse (a real
 * pointer event, from the DevTools protocol) onto the point `arm()` returns; `opened()` resolves when
 * that term's tooltip is positioned and open.
 */
import { termsRendered, whenShown } from './terms.js';

let hoveredAt;
let showAt;
// Capturing on window runs before any listener in the library.
addEventListener('pointerover', () => (hoveredAt ??= performance.now()), { capture: true });
// The term fires ics-show as its hover delay ends and it starts to open.
addEventListener('ics-show', () => (showAt ??= performance.now()), { capture: true });

let shown;

window.hover = {
  ready: termsRendered,

  /**
   * Watches the first term's tooltip and returns the middle of the term's first line, scrolled into
   * view. `hoverDelay`, when given, is set on the term, so the time it adds is known exactly.
   */
  arm({ hoverDelay } = {}) {
    const term = document.querySelector('ics-term');
    if (hoverDelay !== undefined) term.hoverDelay = hoverDelay;
    term.scrollIntoView({ block: 'center' });
    hoveredAt = undefined;
    showAt = undefined;
    shown = whenShown(term);
    const box = term.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: term.textContent };
  },

  /**
   * Milliseconds from the pointer reaching the term to its tooltip shown (`shown`), and to the term
   * starting to open (`show`: the hover delay, and how late its timer fired).
   */
  async opened() {
    const at = await shown;
    if (hoveredAt === undefined) throw new Error('the pointer never reached the term');
    return { shown: at - hoveredAt, show: showAt - hoveredAt };
  },
};
