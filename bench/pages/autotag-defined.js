/**
 * In the page, with the shipped build defining the elements as on a real site: autotag() timed until
 * every term it made has rendered, what a reader waits for, against findAndReplaceDOMText and the
 * floor on the same page.
 */
import { autotag } from '/dist/ics-glossary.js';
import { findAndReplace, readText, regexSearch, search } from './autotag-shared.js';
import { LitFloor } from './lit-floors.js';

// The least a Lit term can be, for findAndReplaceDOMText to wrap. The page has no provider, so neither
// it nor <ics-term> asks for one.
customElements.define('floor-term', LitFloor);

/** Until every `tag` under `root` has rendered; returns how many there are. */
async function rendered(root, tag = 'ics-term') {
  const terms = [...root.querySelectorAll(tag)];
  await Promise.all(terms.map((term) => term.updateComplete));
  return terms.length;
}

const contenders = {
  floor: readText,
  search,
  regexSearch,
  findAndReplaceDOMText: findAndReplace,
  findAndReplaceLitFloor: async (root) => (findAndReplace(root, 'floor-term'), rendered(root, 'floor-term')),
  autotag: async (root) => (await autotag(root, { firstOnly: false }), rendered(root)),
  autotagFirstOnly: async (root) => (await autotag(root, { firstOnly: true }), rendered(root)),
};

const root = document.getElementById('article');
let article = '';

window.bench = {
  /** The elements defined and the tagger's chunk loaded, so that no run pays for fetching code. */
  async ready() {
    await customElements.whenDefined('ics-term');
    await autotag(document.createElement('div'));
  },

  async load(url) {
    article = await (await fetch(url)).text();
    return article.length;
  },

  /** One timed run of one contender on a fresh copy of the article. */
  async run(name) {
    root.innerHTML = article;
    // Every contender starts from a laid-out page, as after load, once the page's own mutation
    // observers have seen the new article.
    void document.body.offsetHeight;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const start = performance.now();
    let returned = contenders[name](root);
    // The peers' time stops as they return, as on the page without our elements; ours runs until every
    // term has rendered, which includes whatever the page's observers do with the new terms.
    if (returned instanceof Promise) returned = await returned;
    const ms = performance.now() - start;
    const wrapped = root.querySelectorAll('ics-term, mark, floor-term').length;
    const unrendered = [...root.querySelectorAll('ics-term, floor-term')].filter((term) => !term.hasUpdated).length;
    root.textContent = '';
    if (unrendered > 0) throw new Error(`${unrendered} <ics-term> had not rendered when the time stopped`);
    return { ms, wrapped, returned };
  },
};
