import { expect } from '@open-wc/testing';
import { autotag, type AutotagRoot } from '../../src/tag/dom.js';
import { fixtureGlossary } from '../fixtures/glossary.js';
import type { ParityResult } from '../fixtures/parity-cases.js';
import cases from '../fixtures/parity.json' with { type: 'json' };

/** parse5 serialises a whole document from its doctype on; outerHTML leaves the doctype and comments out. */
function serialiseDocument(doc: Document): string {
  return [...doc.childNodes]
    .map((node) =>
      node instanceof DocumentType ? `<!DOCTYPE ${node.name}>` : node instanceof Comment ? `<!--${node.data}-->` : (node as Element).outerHTML,
    )
    .join('');
}

describe('autotag in Chromium tags exactly as tagHtml does on the server', () => {
  it('has cases to compare', () => {
    expect((cases as ParityResult[]).length).to.be.greaterThan(60);
  });

  (cases as ParityResult[]).forEach(({ input, options, output }, index) => {
    it(`case ${index}: ${JSON.stringify(input).slice(0, 70)}`, () => {
      // tagHtml returns a whole document for a whole document, and only then does its output hold <html>.
      const isDocument = /^(?:<!DOCTYPE[^>]*>)?(?:<!--[^]*?-->)*<html/.test(output);
      let root: AutotagRoot;
      let serialise: () => string;
      if (isDocument) {
        const doc = new DOMParser().parseFromString(input, 'text/html');
        root = doc;
        serialise = () => serialiseDocument(doc);
      } else {
        // parse5 parses a fragment as the content of a <template>, with no elements around it that a
        // selector such as "div > p" could see; a template here gives the same start.
        const template = document.createElement('template');
        template.innerHTML = input;
        root = template.content;
        serialise = () => template.innerHTML;
      }
      autotag(root, { ...options, glossary: fixtureGlossary });
      expect(serialise()).to.equal(output);
    });
  });
});
