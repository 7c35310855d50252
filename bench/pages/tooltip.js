/**
 * In the page, beside the shipped dist/ics-glossary.js: opens tooltips by focusing their terms, as a
 * keyboard reader does, and times each from the focus event until the tooltip is positioned and open.
 */
import { termsRendered, tooltipShown, whenShown } from './terms.js';

let focusedAt = 0;
// Capturing on window runs before any listener in the library.
addEventListener('focusin', () => (focusedAt = performance.now()), { capture: true });

/** After the next frame has been produced, so each open starts from a quiet page. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function openTimed(term) {
  const shown = whenShown(term);
  term.shadowRoot.querySelector('[part~="term"]').focus({ preventScroll: true });
  return (await shown) - focusedAt;
}

window.bench = {
  ready: termsRendered,

  /** Opens the first `count` terms one after another (each a different element); returns the latencies. */
  async openEach(count) {
    const terms = [...document.querySelectorAll('ics-term')].slice(0, count);
    const latencies = [];
    for (const term of terms) {
      // Scrolling is not part of opening: done beforehand, and focus does not scroll again.
      term.scrollIntoView({ block: 'center' });
      await nextFrame();
      latencies.push(await openTimed(term));
      term.shadowRoot.querySelector('[part~="term"]').blur();
      while (tooltipShown(term)) await nextFrame();
    }
    return latencies;
  },
};
