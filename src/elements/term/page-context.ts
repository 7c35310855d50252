/**
 * The sense a page has settled on for a term with several: the one named by the last term before this
 * one, in document order, that names one of them ("integrated care partnership (ICP)"). The taggers
 * apply the same rule as they go (see `TagSession`), so hand-marked and tagged terms agree.
 */
import type { Entry } from '../../model/types.js';

/** A term on the page, with the entry it names by itself: by its `term` attribute, or by a text with one sense. */
export interface NamingTerm extends Element {
  readonly names: string | undefined;
}

/**
 * Each term works out what it names as it updates, so a term with several senses reads a field of each
 * term on the page and compares document order only for those that name one of its senses: a page
 * of thousands of terms does not ask the DOM about every term before every ambiguous one.
 */
export function senseNamedBefore(term: Element, senses: readonly Entry[], terms: Iterable<NamingTerm>): string | undefined {
  const ids = new Set(senses.map((entry) => entry.id));
  const root = term.getRootNode();
  let nearest: NamingTerm | undefined;
  for (const other of terms) {
    if (other.names === undefined || !ids.has(other.names) || other.getRootNode() !== root) continue;
    const before = term.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_PRECEDING;
    if (before && (!nearest || nearest.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING)) nearest = other;
  }
  return nearest?.names;
}
