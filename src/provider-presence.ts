/**
 * Whether a glossary provider has connected on this page. Terms ask for a provider's glossary only
 * once one has: on a page without any, the usual case, a context request from each of thousands of
 * terms would go unanswered, yet makes the least a Lit term can be a fifth slower to upgrade (`npm run
 * bench`, upgrade suite: the LitElement floor with and without context).
 * The mark is global, under a registered symbol, so that terms and providers from two copies of the
 * library on one page see each other's.
 */
import { glossaryContext } from './context.js';

const SEEN = Symbol.for('ics-glossary.provider-seen');
type Marked = typeof globalThis & { [SEEN]?: boolean };

/** A provider calls this as it connects, before it announces itself to the terms already on the page. */
export function markProviderSeen(): void {
  (globalThis as Marked)[SEEN] = true;
}

export const providerSeen = (): boolean => (globalThis as Marked)[SEEN] === true;

/**
 * Calls `listener` whenever a provider of the glossary connects: it announces itself with a bubbling,
 * composed `context-provider` event (the context community protocol, which Lit's providers follow).
 * A provider nested in another is not heard, as the outer one takes its consumers over itself.
 */
export function onProviderConnected(listener: () => void): void {
  document.addEventListener('context-provider', (event) => {
    if ((event as Event & { context?: unknown }).context !== glossaryContext) return;
    markProviderSeen();
    listener();
  });
}
