/** The language an element is read in: its own or its nearest ancestor's `lang`, else the document's. */
export function langOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') ?? element.ownerDocument.documentElement.lang ?? '';
}
