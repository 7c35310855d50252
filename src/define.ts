/**
 * Registration that never throws on a page that already has our elements: two CMS plugins may each
 * bundle a copy of the library, perhaps of different versions. The first definition of a tag wins.
 */
import { VERSION } from './version.js';

export function defineElements(elements: Record<string, CustomElementConstructor>): string[] {
  const skipped: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    if (customElements.get(tag)) {
      skipped.push(tag);
      continue;
    }
    try {
      customElements.define(tag, ctor);
    } catch {
      // Another copy won a race, or this constructor is already registered under another name.
      skipped.push(tag);
    }
  }
  if (skipped.length > 0) {
    console.info(
      `ics-glossary ${VERSION}: ${skipped.join(', ')} already defined on this page; the first definition is kept.`,
    );
  }
  return skipped;
}
