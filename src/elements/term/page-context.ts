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
 * The connected terms by the entry each names. A term with several senses compares document order only
 * with the terms that name one of them: on a page of thousands of terms, none of the others is visited.
 */
const namedBy = new Map<string, Set<NamingTerm>>();

/**
 * Moves `term` in the index from the entry it named (`before`) to the one it names now (`after`).
 * A term is filed while connected: `after` is undefined as it leaves the page, `before` as it comes back.
 */
export function refileNamingTerm(term: NamingTerm, before: string | undefined, after: string | undefined): void {
  if (before === after) return;
  if (before !== undefined) {
    const terms = namedBy.get(before);
    terms?.delete(term);
    if (terms?.size === 0) namedBy.delete(before);
  }
  if (after !== undefined) {
    let terms = namedBy.get(after);
    if (!terms) namedBy.set(after, (terms = new Set()));
    terms.add(term);
  }
}

export function senseNamedBefore(term: Element, senses: readonly Entry[]): string | undefined {
  const root = term.getRootNode();
  let nearest: NamingTerm | undefined;
  for (const { id } of senses) {
    for (const other of namedBy.get(id) ?? []) {
      if (other.getRootNode() !== root) continue;
      const before = term.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_PRECEDING;
      if (before && (!nearest || nearest.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING)) nearest = other;
    }
  }
  return nearest?.names;
}
