/**
 * The server tagger's output as Chromium reads it: markup that is inert as written stays inert once
 * tagged. tagHtml runs here as it does in Node (it needs no DOM); each page is loaded in a frame.
 */
import { expect } from '@open-wc/testing';
import { parse, serialize } from 'parse5';
import { isWholeDocument, tagHtml } from '../../src/tag/html.js';
import { corpus, soup } from '../fixtures/corpus.js';
import { fixtureGlossary } from '../fixtures/glossary.js';
import { MXSS_INPUTS } from '../fixtures/mxss.js';

declare global {
  interface Window {
    __mxss?: number;
  }
}

/** Loads `html` as a page in a frame; the number of the payload that ran, if one did. */
async function scriptRunIn(html: string): Promise<number | undefined> {
  delete window.__mxss;
  const frame = document.createElement('iframe');
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  // The load event waits for the images, and so for their error handlers.
  await loaded;
  await new Promise((resolve) => setTimeout(resolve, 20));
  frame.remove();
  return window.__mxss;
}

describe('tagHtml output in Chromium: no mutation XSS', () => {
  it('every input is inert as written', async () => {
    for (const input of MXSS_INPUTS) expect(await scriptRunIn(input), input).to.equal(undefined);
  });

  it('a parse-and-serialise round trip, as the tagger once did, makes some of them run script', async () => {
    const ran: number[] = [];
    for (const input of MXSS_INPUTS) {
      const number = await scriptRunIn(serialize(parse(input)));
      if (number !== undefined) ran.push(number);
    }
    // MathML in forms and tables (1-3), and <style> in <select>, which Chromium now keeps (22).
    expect(ran).to.include.members([1, 2, 3, 22]);
  });

  it('none runs script once tagged, and terms are added around them', async () => {
    let terms = 0;
    for (const input of MXSS_INPUTS) {
      for (const options of [{}, { firstOnly: false, exclude: '' }]) {
        const output = tagHtml(input, { glossary: fixtureGlossary, ...options });
        terms += output.split('<ics-term').length - input.split('<ics-term').length;
        expect(await scriptRunIn(output), output).to.equal(undefined);
      }
    }
    expect(terms).to.be.greaterThan(MXSS_INPUTS.length);
  });
});

/** What Chromium builds from `html`, parsed as tagHtml parses it, with each new term replaced by its content. */
function chromiumTree(html: string): string {
  const template = document.createElement('template');
  let root: ParentNode & Node;
  let serialise: () => string;
  if (isWholeDocument(html)) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    root = doc;
    serialise = () => doc.documentElement.outerHTML;
  } else {
    template.innerHTML = html;
    root = template.content;
    serialise = () => template.innerHTML;
  }
  for (const term of root.querySelectorAll('ics-term:not([data-author])')) term.replaceWith(...term.childNodes);
  root.normalize();
  return serialise();
}

describe('tagHtml output in Chromium: the page around the new terms is the page as written', () => {
  it('on the corpus and on markup soup, Chromium builds the same tree around the terms as from the input', () => {
    const inputs = [...corpus(100, 5).map((html) => html.replaceAll('<ics-term', '<ics-term data-author')), ...soup(400, 99)];
    let terms = 0;
    for (const input of inputs) {
      const output = tagHtml(input, { glossary: fixtureGlossary, firstOnly: false, exclude: '' });
      terms += output.split('<ics-term').length - input.split('<ics-term').length;
      expect(chromiumTree(output), JSON.stringify(input)).to.equal(chromiumTree(input));
    }
    expect(terms).to.be.greaterThan(inputs.length);
  });
});
