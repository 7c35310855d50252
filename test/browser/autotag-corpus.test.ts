import { expect } from '@open-wc/testing';
import { compileMatcher } from '../../src/match/matcher.js';
import { skipSelector } from '../../src/tag/exclude.js';
import { autotag } from '../../src/tag/dom.js';
import { corpus, prng } from '../fixtures/corpus.js';
import { fixtureGlossary } from '../fixtures/glossary.js';

const SEED = 20240611;
const COUNT = 300;

describe(`autotag on a randomized corpus (corpus(${COUNT}, ${SEED}))`, () => {
  it('keeps text, elements and their parents; adds only whole-match terms outside skipped content', () => {
    const random = prng(7);
    const matcher = compileMatcher(fixtureGlossary);
    const skip = skipSelector();
    corpus(COUNT, SEED).forEach((source, index) => {
      const firstOnly = random() < 0.6;
      const where = `document ${index} (firstOnly ${firstOnly}): ${JSON.stringify(source)}`;
      const root = document.createElement('div');
      root.innerHTML = source;
      document.body.append(root);
      const html = root.innerHTML;
      const text = root.textContent;
      const elements = [...root.querySelectorAll('*')].map((el) => [el, el.parentNode] as const);
      const before = new Set(root.querySelectorAll('ics-term'));

      const handle = autotag(root, { glossary: fixtureGlossary, firstOnly });

      expect(root.textContent, `text in ${where}`).to.equal(text);
      for (const [el, parent] of elements) expect(el.parentNode === parent, `element moved in ${where}`).to.equal(true);
      const added = [...root.querySelectorAll('ics-term')].filter((t) => !before.has(t));
      expect(handle.count, `count in ${where}`).to.equal(added.length);
      for (const term of added) {
        expect(term.parentElement!.closest(skip), `term in skipped content in ${where}`).to.equal(null);
        expect(matcher.find(term.textContent!).map((m) => m.text), where).to.deep.equal([term.textContent]);
      }
      if (firstOnly) {
        const ids = added.map((t) => t.getAttribute('term')).filter((id) => id !== null);
        expect(new Set(ids).size, `an entry tagged twice in ${where}`).to.equal(ids.length);
      }
      for (const term of added) term.replaceWith(...term.childNodes);
      expect(root.innerHTML, `more than terms added in ${where}`).to.equal(html);
      root.remove();
    });
  });
});
