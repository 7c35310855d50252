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
import { engine, type Engine } from '../support/helpers.js';

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

/**
 * The inputs an engine runs script from as written, by number. WebKit still parses `<style>` inside
 * `<select>` as text, so there input 22 closes the select and runs; nothing a tagger does can be blamed.
 */
const LIVE_AS_WRITTEN: Record<Engine, number[]> = { chromium: [], firefox: [], webkit: [22] };

describe('tagHtml output in every engine: no mutation XSS', () => {
  it('every input is inert as written, but where the engine itself parses it as live markup', async () => {
    const live: number[] = [];
    for (const input of MXSS_INPUTS) {
      const number = await scriptRunIn(input);
      if (number !== undefined) live.push(number);
    }
    expect(live).to.deep.equal(LIVE_AS_WRITTEN[engine]);
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

  it('none that is inert as written runs script once tagged, and terms are added around them', async () => {
    let terms = 0;
    for (const input of MXSS_INPUTS) {
      for (const options of [{}, { firstOnly: false, exclude: '' }]) {
        const output = tagHtml(input, { glossary: fixtureGlossary, ...options });
        terms += output.split('<ics-term').length - input.split('<ics-term').length;
        const ran = await scriptRunIn(output);
        if (ran === undefined || !LIVE_AS_WRITTEN[engine].includes(ran)) expect(ran, output).to.equal(undefined);
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
