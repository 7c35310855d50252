/**
 * An element with these attributes and children, for the nodes our elements make by hand.
 * Strings become text nodes, never markup: glossary text cannot inject HTML.
 */
export function make(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

