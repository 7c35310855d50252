/**
 * The entry of `dist/ics-glossary.js`, the one-script build, for pages without a bundler. Its own code
 * needs no DOM, so importing it anywhere is safe. In a page it loads the elements' code at once
 * (`<ics-term>` is defined first, the other elements the first time the page uses them), the tooltip's
 * code on the first open, and the tagger's on the first call of `autotag()`.
 */
import { inPage } from './define.js';
import type { AutotagHandle, AutotagOptions, AutotagRoot } from './tag/dom.js';

// What a page's own script may want; the elements come from the chunk loaded below.
// The bundled glossary's definitions load after the page; this waits for them.
export { loadBundledGlossary } from './default-glossary.js';
export { glossaryContext } from './context.js';
export { configure, DEFAULT_STRINGS } from './settings.js';
export { VERSION } from './version.js';
export type { AutotagHandle, AutotagOptions, AutotagRoot };

/**
 * The tagger once loaded. Later calls tag at once: even for a module already loaded, `import()` waits
 * for a task, and the browser may render the whole page before it comes (20 to 48 ms just after a
 * 1 MB article was put in, measured on a page like the bench's).
 */
let tagging: typeof import('./standalone-tagging.js') | undefined;

/**
 * `autotag()` of the package, whose code is loaded on the first call: marks the glossary's terms under
 * `root` with `<ics-term>`. Resolves to the handle once tagged; from the second call on, the terms are
 * in the page when it returns.
 */
export async function autotag(root: AutotagRoot, options?: AutotagOptions): Promise<AutotagHandle> {
  // Through the elements' chunk, which a page loads anyway: the tagger's chunk can then take the code
  // it shares with the elements from there, rather than from a third file.
  tagging ??= await (await import('./standalone-elements.js')).loadTagging();
  return tagging.autotag(root, options);
}

if (inPage()) {
  import('./standalone-elements.js').catch((error: unknown) =>
    console.error('ics-glossary: could not load the elements:', error),
  );
}
