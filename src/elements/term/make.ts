/** An element with these attributes and children: for the few nodes the term and its tooltip make by hand. */
export function make(tag: string, attributes: Record<string, string>, ...children: Node[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
