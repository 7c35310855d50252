/**
 * In the page, beside the shipped dist/ics-glossary.js: opens tooltips by focusing their terms, as a
 * keyboard reader does, and times each from the focus event until the tooltip is positioned and open.
 */
let focusedAt = 0;
// Capturing on window runs before any listener in the library.
addEventListener('focusin', () => (focusedAt = performance.now()), { capture: true });

/** After the next frame has been produced, so each open starts from a quiet page. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const tooltipShown = (term) =>
  term.shadowRoot.querySelector('[part~="tooltip"][data-positioned]')?.matches(':popover-open') ?? false;

function openTimed(term) {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`tooltip of "${term.textContent}" did not open`)), 5000);
    // Called in the microtask after the attribute is set: the time stops there, not at a later frame.
    const observer = new MutationObserver(() => {
      if (!tooltipShown(term)) return;
      const ms = performance.now() - focusedAt;
      observer.disconnect();
      clearTimeout(timeout);
      resolve(ms);
    });
    observer.observe(term.shadowRoot, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-positioned'],
    });
    term.shadowRoot.querySelector('[part~="term"]').focus({ preventScroll: true });
  });
}

window.bench = {
  async ready() {
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error('<ics-term> was never defined: is dist/ics-glossary.js built?')), 10_000),
    );
    await Promise.race([customElements.whenDefined('ics-term'), timeout]);
    await Promise.all([...document.querySelectorAll('ics-term')].map((term) => term.updateComplete));
  },

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
