/**
 * In the page: <ics-glossary> from the shipped dist/ics-glossary.js listing 500 synthetic entries; its
 * first render, and its filtering as a reader types. The one-script build exports no glossary functions,
 * so the entries are built with the package's own (bundled by esbuild, bench/bundles.js) and given to the
 * element as its `glossary` property, as a bundler user would.
 */
import '/dist/ics-glossary.js';
import { bundledGlossary } from '../../src/bundled.ts';
import { loadGlossary } from '../../src/model/load.ts';

const ENTRIES = 500;

/**
 * The bundled entries again and again, renamed ("ICB 2", "ICB 3"…) so each copy is a term of its
 * own, with links kept within the copy: real definitions, real lengths, every letter and category.
 */
function syntheticGlossary() {
  const base = bundledGlossary.entries;
  const entries = [];
  for (let i = 0; i < ENTRIES; i++) {
    const copy = Math.floor(i / base.length);
    const entry = base[i % base.length];
    const rename = (id) => (copy === 0 ? id : `${id}-${copy + 1}`);
    entries.push({
      ...entry,
      id: rename(entry.id),
      term: copy === 0 ? entry.term : `${entry.term} ${copy + 1}`,
      related: entry.related?.map(rename),
      supersededBy: entry.supersededBy && rename(entry.supersededBy),
    });
  }
  return loadGlossary(entries);
}

const glossary = syntheticGlossary();

/** After the next frame has been produced, as between a reader's keystrokes. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function typeInto(input, value) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
}

window.bench = {
  entries: glossary.entries.length,

  /** The build may load the element's code only once the page has one: one is shown and removed. */
  async ready() {
    const probe = document.body.appendChild(document.createElement('ics-glossary'));
    await customElements.whenDefined('ics-glossary');
    probe.remove();
  },

  /** A new element on the page: time to its first updateComplete, and then to laid out. */
  async firstRender() {
    document.querySelector('ics-glossary')?.remove();
    await nextFrame();
    const element = document.createElement('ics-glossary');
    element.glossary = glossary;
    const start = performance.now();
    document.body.append(element);
    await element.updateComplete;
    const rendered = performance.now() - start;
    void document.body.offsetHeight;
    return { rendered, laidOut: performance.now() - start };
  },

  /** Types `query` one character at a time: per keystroke, input event → updateComplete → laid out. */
  async type(query) {
    const element = document.querySelector('ics-glossary');
    const input = element.shadowRoot.querySelector('[part~="search-input"]');
    const keystrokes = [];
    for (let length = 1; length <= query.length; length++) {
      await nextFrame();
      const start = performance.now();
      typeInto(input, query.slice(0, length));
      await element.updateComplete;
      const updated = performance.now() - start;
      void document.body.offsetHeight;
      keystrokes.push({ updated, laidOut: performance.now() - start });
    }
    typeInto(input, '');
    await element.updateComplete;
    return keystrokes;
  },
};
