/**
 * The sense a page has settled on for a term with several: the one named by the last term before this
 * one, in document order, that names one of them ("integrated care partnership (ICP)"). The taggers
 * apply the same rule as they go (see `TagSession`), so hand-marked and tagged terms agree.
 */
import type { Glossary } from '../../model/glossary.js';
import type { Entry } from '../../model/types.js';

export function senseNamedBefore(term: Element, senses: readonly Entry[], glossary: Glossary): string | undefined {
  const ids = new Set(senses.map((entry) => entry.id));
  let settled: string | undefined;
  // Document order; only pages that use an ambiguous term pay for the walk.
  for (const other of (term.getRootNode() as ParentNode).querySelectorAll('ics-term')) {
    if (other === term) break;
    const named = other.getAttribute('term') ?? onlySense(glossary.senses(other.textContent ?? ''));
    if (named && ids.has(named)) settled = named;
  }
  return settled;
}

const onlySense = (senses: readonly Entry[]) => (senses.length === 1 ? senses[0]!.id : undefined);
