/**
 * In the page, beside a shipped build: a reader's first hover, or first Tab. The bench moves the mouse
 * (a real pointer event, from the DevTools protocol) onto the point `arm()` returns, or presses Tab,
 * which reaches the first term; `opened()` resolves when that term's tooltip is positioned and open.
 */
import { termsRendered, whenShown } from './terms.js';

/** When the pointer or the keyboard's focus reached a term, whichever came first. */
let reachedAt;
let showAt;
// Capturing on window runs before any listener in the library.
addEventListener('pointerover', () => (reachedAt ??= performance.now()), { capture: true });
addEventListener('focusin', () => (reachedAt ??= performance.now()), { capture: true });
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
    reachedAt = undefined;
    showAt = undefined;
    shown = whenShown(term);
    const box = term.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: term.textContent };
  },

  /**
   * Milliseconds from the pointer or focus reaching the term to its tooltip shown (`shown`), and to the
   * term starting to open (`show`: for a hover, the delay and how late its timer fired).
   */
  async opened() {
    const at = await shown;
    if (reachedAt === undefined) throw new Error('neither the pointer nor the focus reached the term');
    return { shown: at - reachedAt, show: showAt - reachedAt };
  },
};
