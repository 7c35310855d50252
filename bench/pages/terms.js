/** In the page: when the terms have rendered, and when a tooltip counts as shown. */

const rejectAfter = (ms, message) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));

/**
 * Resolves once every term on the page has rendered, however it got there: written in the markup,
 * made by an `autotag()` call the page keeps in `window.tagging`, or by `<ics-autotag>`. Returns how
 * many terms there are.
 */
export async function termsRendered() {
  const defined = async (name) => {
    await Promise.race([
      customElements.whenDefined(name),
      rejectAfter(10_000, `<${name}> was never defined: is dist/ built?`),
    ]);
    await Promise.all([...document.querySelectorAll(name)].map((element) => element.updateComplete));
  };
  await window.tagging;
  // <ics-autotag> tags its content as it first updates.
  if (document.querySelector('ics-autotag')) await defined('ics-autotag');
  await defined('ics-term');
  return document.querySelectorAll('ics-term').length;
}

export const tooltipShown = (term) =>
  term.shadowRoot.querySelector('[part~="tooltip"][data-positioned]')?.matches(':popover-open') ?? false;

/**
 * Resolves to `performance.now()` at the moment `term`'s tooltip is positioned and open. Read in the
 * MutationObserver's microtask after the attribute is set: the time stops there, not at a later frame.
 */
export function whenShown(term) {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`tooltip of "${term.textContent}" did not open`)), 5000);
    const observer = new MutationObserver(() => {
      if (!tooltipShown(term)) return;
      const at = performance.now();
      observer.disconnect();
      clearTimeout(timeout);
      resolve(at);
    });
    observer.observe(term.shadowRoot, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-positioned'],
    });
  });
}
