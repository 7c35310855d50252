/**
 * A term reads its text again when the page changes it: a framework that sets a text node's data in
 * place (React and Preact do), or replaces the term's children. One observer watches every term. A
 * `slotchange` listener on each would miss the first kind of change, and its event, fired once as each
 * slot is first filled, cost 2,000 terms a seventh of their upgrade (`npm run bench`, upgrade suite).
 */

/** What a watched term does when its text may have changed. */
export interface TextHolder extends Element {
  textChanged(): void;
}

const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function report(records: MutationRecord[]): void {
  const changed = new Set<TextHolder>();
  for (const { target } of records) {
    let node: Node | null = target;
    while (node && !watched.has(node)) node = node.parentNode;
    if (node) changed.add(node as TextHolder);
  }
  changed.forEach((term) => term.textChanged());
}

/** Watches `term`'s text from now on; watching it again changes nothing. */
export function watchText(term: TextHolder): void {
  watched.add(term);
  (observer ??= new MutationObserver(report)).observe(term, { childList: true, characterData: true, subtree: true });
}
