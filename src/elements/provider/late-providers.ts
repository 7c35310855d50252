/**
 * Terms upgrade when their definition runs, and ask for a glossary then. A provider that upgrades
 * after them (defined later, or by another copy of the library on the same page) would never hear
 * those requests; a context root at the document keeps them and asks again when a provider connects.
 */
import { ContextRoot } from '@lit/context';

let attached = false;

/** Call before defining any element that consumes the glossary. Once per copy of the library is enough. */
export function catchLateProviders(): void {
  if (attached) return;
  attached = true;
  new ContextRoot().attach(document.documentElement);
}
