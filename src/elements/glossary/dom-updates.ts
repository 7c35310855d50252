/**
 * Writes to an element kept from update to update only what has changed: most attributes and texts
 * stay the same from one keystroke to the next, and a write that changes nothing still costs style work.
 */
export function updateAttributes(element: Element, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

export function updateText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
