/**
 * A term that upgrades while the parser is still writing it (the classic script in `<head>`, an async
 * module) may have no text yet, or half of it: the parser appends to a text node without a
 * `slotchange`. Such terms read their text again when the document is parsed, and only then say
 * that a text is unknown. One listener per document, not one per term.
 */
const waiting = new WeakMap<Document, Set<{ requestUpdate(): void }>>();

/** Whether `element`'s document is still being parsed; if so, `element` updates again when it is. */
export function stillParsing(element: Element & { requestUpdate(): void }): boolean {
  const document = element.ownerDocument;
  if (document.readyState !== 'loading') return false;
  let terms = waiting.get(document);
  if (!terms) {
    waiting.set(document, (terms = new Set()));
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        waiting.delete(document);
        for (const term of terms!) term.requestUpdate();
      },
      { once: true },
    );
  }
  terms.add(element);
  return true;
}
