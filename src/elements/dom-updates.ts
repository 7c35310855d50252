/**
 * Writes to an element kept from update to update only what has changed: most attributes and texts
 * stay the same from one update to the next, and each write costs the page style and accessibility work.
 */
export function updateAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

export function updateText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
