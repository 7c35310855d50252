/**
 * Registration that never throws on a page that already has our elements: two CMS plugins may each
 * bundle a copy of the library, perhaps of different versions. The first definition of a tag wins.
 * Outside a browser (server rendering in Node) nothing is defined and no document is touched.
 */
import { catchLateProviders } from './elements/provider/late-providers.js';
import { VERSION } from './version.js';

export type ElementLoader = () => Promise<CustomElementConstructor>;

/**
 * Whether this code runs in a page. Lit's Node build installs a `customElements` of its own, so the
 * document is what tells a page from a server.
 */
export const inPage = (): boolean => typeof document !== 'undefined' && typeof customElements !== 'undefined';

function define(tag: string, ctor: CustomElementConstructor): boolean {
  if (customElements.get(tag)) return false;
  try {
    customElements.define(tag, ctor);
    return true;
  } catch {
    // Another copy won a race, or this constructor is already registered under another name.
    return false;
  }
}

function contains(node: Node, tag: string): boolean {
  return node instanceof Element && (node.localName === tag || node.querySelector(tag) !== null);
}

/**
 * Loads and defines each lazy element the first time the page has one, now or later, so a page pays
 * for the glossary page's code only if it shows a glossary. Elements inside other components' shadow
 * roots are not seen: such pages import the element modules directly.
 */
function defineWhenUsed(loaders: Map<string, ElementLoader>): void {
  const load = (tag: string) => {
    const loader = loaders.get(tag)!;
    loaders.delete(tag);
    loader().then(
      (ctor) => define(tag, ctor),
      (error: unknown) => console.error(`ics-glossary: could not load <${tag}>:`, error),
    );
  };
  const scan = (nodes: Iterable<Node>) => {
    for (const tag of [...loaders.keys()]) {
      for (const node of nodes) {
        if (contains(node, tag)) {
          load(tag);
          break;
        }
      }
    }
  };
  scan([document.documentElement]);
  if (loaders.size === 0) return;
  const observer = new MutationObserver((records) => {
    scan(records.flatMap((record) => [...record.addedNodes]));
    if (loaders.size === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/**
 * Defines `elements` now and `lazy` ones when first used, in a page; elsewhere does nothing. One
 * console.info line names every tag that another copy of the library had already defined.
 * @returns the tags that were already defined.
 */
export function defineElements(
  elements: Record<string, CustomElementConstructor>,
  lazy: Record<string, ElementLoader> = {},
): string[] {
  if (!inPage()) return [];
  // Terms that upgrade before a provider (defined later, or by another copy) still get its glossary.
  catchLateProviders();
  const skipped = Object.entries(elements)
    .filter(([tag, ctor]) => !define(tag, ctor))
    .map(([tag]) => tag);
  const pending = new Map(Object.entries(lazy));
  for (const tag of pending.keys()) {
    if (customElements.get(tag)) skipped.push(tag);
  }
  for (const tag of skipped) pending.delete(tag);
  if (pending.size > 0) defineWhenUsed(pending);
  if (skipped.length > 0) {
    console.info(
      `ics-glossary ${VERSION}: ${skipped.join(', ')} already defined on this page; the first definition is kept.`,
    );
  }
  return skipped;
}
