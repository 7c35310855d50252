/**
 * Finds the text a browser tagger may change: every text node under a root except those inside
 * skipped elements, in document order.
 */

/** The document a node belongs to, or the node itself when it is one. */
export const documentOf = (node: Node): Document => node.ownerDocument ?? (node as Document);

/**
 * The text nodes under `root` outside elements that match `skip`, in document order, with each
 * `<ics-term>` already there in its place among them (unless it lies in other skipped content): a
 * term earlier on the page may settle what a later word means. `root` itself is not tested.
 *
 * Testing each element against the selector from script costs more than reading all the text, so the
 * skipped elements come from one native query, in document order, and the walk through the text jumps
 * over each. An element is recognised by the first text node from its start on: the walk meets that
 * node on entering the element or, for an element without text, just after it, where jumping over the
 * element lands on that same node.
 */
export function taggableText(root: Node & ParentNode, skip: string): Array<Text | Element> {
  const document = documentOf(root);
  const skipped = root.querySelectorAll(skip);
  const probe = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let index = 0;
  let outermost: Element | undefined;
  /** Terms with no text after them: they close the page. */
  const last: Element[] = [];
  /** The next skipped element not inside another, and the first text node from its start on. */
  const nextSkipped = (): [element?: Element, text?: Node] => {
    while (index < skipped.length) {
      const element = skipped[index++]!;
      // The list holds the elements inside a skipped one too, right after it.
      if (outermost?.contains(element)) continue;
      outermost = element;
      probe.currentNode = element;
      const text = probe.nextNode();
      if (text) return [element, text];
      if (element.localName === 'ics-term') last.push(element);
    }
    return [];
  };

  const found: Array<Text | Element> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let [element, mark] = nextSkipped();
  for (let node = walker.nextNode(); node; ) {
    if (node === mark) {
      if (element!.localName === 'ics-term') found.push(element!);
      walker.currentNode = element!;
      // The first text after the element and all it holds.
      node = walker.nextSibling();
      [element, mark] = nextSkipped();
    } else {
      found.push(node as Text);
      node = walker.nextNode();
    }
  }
  return [...found, ...last];
}
