import { expect } from '@open-wc/testing';
import { autotag, type AutotagRoot } from '../../src/tag/dom.js';
import { fixtureGlossary } from '../fixtures/glossary.js';
import { PARITY_SELECTORS, type ParityResult } from '../fixtures/parity-cases.js';
import cases from '../fixtures/parity.json' with { type: 'json' };

/** The nodes of a whole document as HTML, the doctype and comments around <html> included. */
function serialiseDocument(doc: Document): string {
  return [...doc.childNodes]
    .map((node) =>
      node instanceof DocumentType ? `<!DOCTYPE ${node.name}>` : node instanceof Comment ? `<!--${node.data}-->` : (node as Element).outerHTML,
    )
    .join('');
}

/** `html` parsed as tagHtml parses it, and a way to write out what it has become. */
function parsed(html: string, document: boolean): [root: AutotagRoot, serialise: () => string] {
  if (document) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [doc, () => serialiseDocument(doc)];
  }
  // parse5 parses a fragment as the content of a <template>, with no elements around it that a
  // selector such as "div > p" could see; a template here gives the same start.
  const template = window.document.createElement('template');
  template.innerHTML = html;
  return [template.content, () => template.innerHTML];
}

describe('autotag in Chromium tags exactly as tagHtml does on the server', () => {
  it('has cases to compare, with each selector of the list', () => {
    expect((cases as ParityResult[]).length).to.be.greaterThan(100);
    const excluded = new Set((cases as ParityResult[]).map((c) => c.options.exclude));
    for (const selector of PARITY_SELECTORS) expect(excluded.has(selector), selector).to.equal(true);
  });

  (cases as ParityResult[]).forEach(({ input, options, document, output }, index) => {
    it(`case ${index}: ${JSON.stringify(options.exclude ?? input).slice(0, 70)}`, () => {
      // tagHtml adds its terms to the source as written; Chromium's reading of that source is the
      // page with those terms, which autotag must build from the page without them.
      const [root, serialise] = parsed(input, document);
      autotag(root, { ...options, glossary: fixtureGlossary });
      expect(serialise()).to.equal(parsed(output, document)[1]());
    });
  });
});
