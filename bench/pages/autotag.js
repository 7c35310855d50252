/**
 * In the page: the article tagged by each contender in turn. <ics-term> is never defined here, so
 * autotag's figure is the raw tagging cost, as the peers' is for inserting <mark>.
 */
import Mark from 'mark.js';
import { autotag } from '../../src/tag/dom.ts';
import { findAndReplace, forms, pattern, readText, search, skip } from './autotag-shared.js';

// Skip what autotag skips. mark.js tests only a text node's parent, so descendants are named too.
const markExclude = [skip, skip.split(',').map((s) => `${s.trim()} *`).join(', ')];
const PUNCTUATION = [...',.;:!?()[]"“”‘’\'—–/'];
const MARK_BATCH = 100;

const contenders = {
  floor: readText,
  search,
  autotag: (root) => autotag(root, { firstOnly: false }).count,
  autotagFirstOnly: (root) => autotag(root, { firstOnly: true }).count,
  markRegExp(root) {
    let marks = 0;
    new Mark(root).markRegExp(pattern(), { exclude: markExclude, done: (n) => (marks = n) });
    return marks;
  },
  markArray(root) {
    let marks = 0;
    // mark.js chains each form's pass to the next by recursion: all 721 in one call overflow the
    // stack on 1 MB, so the forms go in batches, longest first as one call would order them.
    const byLength = [...forms].sort((a, b) => b.length - a.length);
    for (let i = 0; i < byLength.length; i += MARK_BATCH) {
      new Mark(root).mark(byLength.slice(i, i + MARK_BATCH), {
        separateWordSearch: false,
        diacritics: false,
        accuracy: { value: 'exactly', limiters: PUNCTUATION },
        exclude: markExclude,
        done: (n) => (marks += n),
      });
    }
    return marks;
  },
  findAndReplaceDOMText: findAndReplace,
};

const root = document.getElementById('article');
let article = '';

window.bench = {
  forms: forms.length,

  async load(url) {
    article = await (await fetch(url)).text();
    return article.length;
  },

  /** One timed run of one contender on a fresh copy of the article. */
  run(name) {
    if (customElements.get('ics-term')) throw new Error('<ics-term> must stay undefined on this page');
    root.innerHTML = article;
    // Every contender starts from a laid-out page, as after load. Reading the selection (autotag
    // does) would otherwise lay out the whole article inside the timing.
    void document.body.offsetHeight;
    const start = performance.now();
    const returned = contenders[name](root);
    const ms = performance.now() - start;
    const wrapped = root.querySelectorAll('ics-term, mark').length;
    root.textContent = '';
    return { ms, wrapped, returned };
  },
};
