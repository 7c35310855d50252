/**
 * When a page of terms fetches the glossary's details (definitions, wordings, events, sources): once
 * the page has loaded and the browser is idle, or at the first hover, focus or tap, whichever comes
 * first. Early enough that a screen reader's description and the first tooltip are complete before
 * a reader gets to them, late enough that they never hold up the page.
 */
import { loadBundledGlossary } from '../default-glossary.js';

let scheduled = false;

/** Loads the details now; a failure is logged, and the next call tries again. */
export function loadDetailsNow(): void {
  loadBundledGlossary().catch((error: unknown) => console.error('ics-glossary: could not load the definitions:', error));
}

/** Loads the details after the page's `load` event, when the browser is idle. Once per page. */
export function loadDetailsAfterPage(): void {
  if (scheduled) return;
  scheduled = true;
  const whenIdle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(loadDetailsNow, { timeout: 2000 }) : setTimeout(loadDetailsNow);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
