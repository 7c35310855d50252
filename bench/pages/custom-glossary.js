/**
 * In the page: a site's own glossary of thousands of generated entries, merged into the bundled one,
 * then met for the first time. Each run prepares a glossary never seen before (a new seed), so that
 * nothing compiled for an earlier run is reused; generating it is not timed.
 */
import { bundledGlossary } from '../../src/bundled.ts';
import { compileMatcher } from '../../src/match/matcher.ts';
import { mergeGlossary } from '../../src/model/load.ts';
import { autotag } from '../../src/tag/dom.ts';
import { generateGlossary } from '../../test/fixtures/generated-glossary.ts';

const root = document.getElementById('article');
let article = '';
let seed = 1;
let glossary;
let data;

window.bench = {
  async load(url) {
    article = await (await fetch(url)).text();
    return article.length;
  },

  /** A new site glossary of `count` entries, merged into the bundled one: the time it takes. */
  prepare(count) {
    data = generateGlossary(count, seed++);
    const start = performance.now();
    glossary = mergeGlossary(bundledGlossary, data);
    return { ms: performance.now() - start, forms: [...glossary.words.keys()].length };
  },

  /** The first match with the prepared glossary: compiling the matcher and searching a sentence. */
  compile() {
    const sentence = `The ${data.entries[1].term} and the ${data.entries[2].expansion} met the ICB.`;
    const start = performance.now();
    const found = compileMatcher(glossary).find(sentence).length;
    const ms = performance.now() - start;
    if (found !== 3) throw new Error(`found ${found} forms in "${sentence}", not 3`);
    return { ms };
  },

  /** The first autotag with the prepared glossary, compiling included, on a fresh copy of the article. */
  firstAutotag() {
    root.innerHTML = article;
    void document.body.offsetHeight;
    const start = performance.now();
    const tagged = autotag(root, { glossary }).count;
    const ms = performance.now() - start;
    root.textContent = '';
    return { ms, tagged };
  },
};
