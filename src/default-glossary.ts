/**
 * The glossary the elements read when no provider gives them one: the bundled index at once, so that
 * terms are found, named and dated; the whole bundled glossary, definitions, wordings, events and
 * sources included, once `loadBundledGlossary()` is first called. The rest is a module chunk rather
 * than a fetch, so that a page whose Content Security Policy allows no `connect-src` still gets it.
 * The data-less build swaps this module for `embedded-glossary.ts`, which has the same exports.
 */
import { changes, type Changes } from './changes.js';
import index from './generated/glossary-index.json' with { type: 'json' };
import { glossaryFromParts, type IndexEntry } from './model/details.js';
import type { Glossary } from './model/glossary.js';

let current = glossaryFromParts(index as IndexEntry[]);
let complete: Promise<Glossary> | undefined;
const glossaryChanges = changes();

/** The bundled glossary as far as it has loaded: every entry, with its details once they are here. */
export const defaultGlossary = (): Glossary => current;

/**
 * The bundled glossary with every entry's details, loading them on the first call. Elements that
 * read the default glossary update when they arrive.
 */
export function loadBundledGlossary(): Promise<Glossary> {
  complete ??= import('./bundled.js').then(
    ({ bundledGlossary }) => {
      current = bundledGlossary;
      glossaryChanges.notify();
      return current;
    },
    (error: unknown) => {
      // Offline, or a CDN that lost the chunk: the index stays, and the next call tries again.
      complete = undefined;
      throw error;
    },
  );
  return complete;
}

/** Calls `listener` each time `defaultGlossary()` changes, until `signal` aborts. */
export const onDefaultGlossaryChange: Changes['subscribe'] = glossaryChanges.subscribe;
