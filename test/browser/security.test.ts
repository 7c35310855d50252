/**
 * A hostile custom glossary: XSS payloads in every field, shown in every kind of tooltip. Nothing may
 * run and nothing may be injected; the payloads must appear as the literal text they are.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define-all.js';
import { IcsGlossary } from '../../src/elements/glossary/ics-glossary.js';
import type { IcsTerm } from '../../src/elements/term/ics-term.js';
import { IcsGlossaryProvider } from '../../src/elements/provider/ics-glossary-provider.js';
import { isSafeUrl } from '../../src/model/url.js';
import type { Entry } from '../../src/model/types.js';
import { anchorOf, emulateMedia, engine, sleep, waitShown } from '../support/helpers.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';

if (!customElements.get('ics-glossary-provider')) customElements.define('ics-glossary-provider', IcsGlossaryProvider);
if (!customElements.get('ics-glossary')) customElements.define('ics-glossary', IcsGlossary);

declare global {
  interface Window {
    __xss?: number;
  }
}

/** The only elements a term renders in its shadow root. */
const RENDERED_TAGS = new Set(['SPAN', 'SLOT', 'DIV', 'P', 'UL', 'LI', 'STRONG', 'A']);

/** Two senses per payload, one in force today and one abolished in 2000, so every kind of tooltip is shown. */
function entriesFor(payload: string, i: number): Entry[] {
  const sources: Entry['sources'] = [
    // The URL field takes the payload itself where it is a valid (relative) URL.
    { title: payload, publisher: payload, date: '2020', url: isSafeUrl(payload) ? payload : `/q?${encodeURIComponent(payload)}` },
    { seed: payload },
  ];
  return [
    {
      id: `xss-${i}`,
      term: payload,
      expansion: payload,
      definition: payload,
      aliases: [`${payload} alias`],
      category: 'concept',
      status: 'current',
      timeline: [{ date: '2021-01-01', text: payload }],
      earlier: [{ until: '2021-01-01', definition: payload }],
      related: [payload, `xss-${i}-old`],
      sources,
    },
    {
      id: `xss-${i}-old`,
      term: payload,
      expansion: `${payload} (old)`,
      definition: `${payload} (old)`,
      category: 'concept',
      status: 'abolished',
      validTo: '2000',
      supersededBy: `xss-${(i + 1) % XSS_PAYLOADS.length}`,
      sources,
    },
  ];
}

/** As a CMS writes it into a page: JSON with every "<" escaped, inside a data script. */
function inlineGlossary(entries: Entry[]): string {
  return `<script type="application/json">${JSON.stringify({ entries }).replaceAll('<', '\\u003c')}</script>`;
}

function term(attributes: Record<string, string>, text: string): IcsTerm {
  const el = document.createElement('ics-term');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.textContent = text;
  return el;
}

/** Elements no glossary text may ever turn into. */
const INJECTED = [
  ...['script', 'img', 'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'meta', 'base', 'link', 'style'],
  ...['video', 'audio', 'source', 'details', 'marquee', 'noscript', 'template', 'body'],
].join();

/** Everything wrong in a shadow root: injected elements, handlers, script URLs. */
function injections(el: HTMLElement, allowed?: Set<string>): string[] {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (allowed ? !allowed.has(node.tagName) : node.matches(INJECTED)) found.push(`<${node.tagName.toLowerCase()}>`);
    for (const { name, value } of node.attributes) {
      if (name.startsWith('on')) found.push(`${name}=${value}`);
      if (['src', 'srcdoc', 'action', 'formaction'].includes(name)) found.push(`${name}=${value}`);
      if (name === 'href' && !isSafeUrl(value)) found.push(`${name}=${value}`);
      // Positioning sets these two boxes' styles through the CSSOM; nothing else has a style attribute.
      if (name === 'style' && !node.matches('[part~="tooltip"], [part~="arrow"]')) found.push(`${name}=${value}`);
    }
    // An <a> without href leads nowhere (the glossary's unavailable letters).
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href') && !['http:', 'https:'].includes(node.protocol)) {
      found.push(`link to ${node.href}`);
    }
  }
  return found;
}

const text = (root: ParentNode, part: string) => root.querySelector(`[part~="${part}"]`)?.textContent;

describe('a custom glossary full of XSS payloads', function () {
  this.timeout(60000);

  const seen: string[] = [];
  const record = (event: Event) =>
    void seen.push(`${event.type}: ${(event as ErrorEvent).message ?? (event.target as Element).outerHTML ?? ''}`);
  before(async () => {
    // No fade-in to wait for, with almost two hundred tooltips to open, where the engine can emulate it.
    if (engine === 'chromium') await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    // Capture catches resource errors too: an injected <img src=x> shows up even if its handler never ran.
    addEventListener('error', record, true);
    document.addEventListener('securitypolicyviolation', record);
  });
  after(async () => {
    if (engine === 'chromium') await emulateMedia([{ name: 'prefers-reduced-motion', value: '' }]);
    removeEventListener('error', record, true);
    document.removeEventListener('securitypolicyviolation', record);
  });

  it(`has at least 30 payloads (${XSS_PAYLOADS.length})`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(30);
  });

  it('is shown as literal text in every tooltip, with nothing run or injected', async () => {
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      const entries = XSS_PAYLOADS.flatMap(entriesFor);
      const provider = await fixture<IcsGlossaryProvider>(html`<ics-glossary-provider mode="replace"></ics-glossary-provider>`);
      provider.innerHTML = inlineGlossary(entries);
      const terms = XSS_PAYLOADS.flatMap((payload, i) => [
        // By its text in 1999, when both senses applied: the list of senses.
        term({ 'as-of': '1999-06-01', 'glossary-href': '/glossary#{id}' }, payload),
        // By its text today: the abolished sense is listed as "also used for". (Before the terms that
        // name a sense by id: those settle what a later bare use of the text means.)
        term({}, payload),
        // The abolished sense by id, replaced by the next payload's entry, with a more-link whose
        // glossary-href is the payload itself.
        term({ term: `xss-${i}-old`, 'glossary-href': payload }, payload),
        // As of 2019: the earlier definition, and the timeline's text as the change note.
        term({ term: `xss-${i}`, 'as-of': '2019-06-01' }, payload),
      ]);
      provider.append(...terms);
      await waitUntil(() => anchorOf(terms[0]!), 'custom data applied', { timeout: 5000 });

      for (const [n, el] of terms.entries()) {
        const i = Math.floor(n / 4);
        const payload = XSS_PAYLOADS[i]!;
        await el.updateComplete;
        expect(el.textContent).to.equal(payload);
        const anchor = anchorOf(el);
        anchor.focus();
        const tip = await waitShown(el, `tooltip ${n} (${payload})`);
        const kind = n % 4;
        if (kind === 0) {
          expect(text(tip, 'heading')).to.contain(payload.replace(/\s+/g, ' ').trim());
          expect(text(tip, 'senses')).to.contain(`${payload} (old)`);
        } else if (kind === 1) {
          expect(text(tip, 'definition')).to.equal(payload);
          expect(text(tip, 'other-senses')).to.contain(`${payload} (old)`);
        } else if (kind === 2) {
          expect(text(tip, 'term-name')).to.equal(payload);
          expect(text(tip, 'expansion')).to.equal(`(${payload} (old))`);
          expect(text(tip, 'definition')).to.equal(`${payload} (old)`);
          expect(text(tip, 'source')).to.contain(`${payload}, ${payload}`);
          expect(text(tip, 'status')).to.contain(XSS_PAYLOADS[(i + 1) % XSS_PAYLOADS.length]!);
        } else {
          expect(text(tip, 'definition')).to.equal(payload);
          expect(text(tip, 'change-note')).to.contain(payload);
        }
        expect(injections(el, RENDERED_TAGS), `tooltip ${n} (${payload})`).to.deep.equal([]);
        anchor.blur();
      }
      // Handlers such as onerror and onload would run a moment later.
      await sleep(300);
      expect(window.__xss).to.equal(undefined);
      expect(seen).to.deep.equal([]);
      expect([...provider.querySelectorAll('*')].every((el) => ['ICS-TERM', 'SCRIPT'].includes(el.tagName))).to.equal(true);
      expect(errors, 'console.error').to.deep.equal([]);
    } finally {
      console.error = error;
    }
  });

  it('is shown as literal text in <ics-glossary>, with nothing run or injected', async () => {
    const provider = await fixture<IcsGlossaryProvider>(html`<ics-glossary-provider mode="replace"></ics-glossary-provider>`);
    provider.innerHTML = `${inlineGlossary(XSS_PAYLOADS.flatMap(entriesFor))}<ics-glossary></ics-glossary>`;
    const glossary = provider.querySelector('ics-glossary')!;
    await waitUntil(() => glossary.shadowRoot?.textContent?.includes(XSS_PAYLOADS[0]!), 'custom data listed', { timeout: 5000 });
    await glossary.updateComplete;
    const shown = glossary.shadowRoot!.textContent!;
    expect(XSS_PAYLOADS.filter((payload) => !shown.includes(payload))).to.deep.equal([]);
    expect(injections(glossary)).to.deep.equal([]);
    await sleep(300);
    expect(window.__xss).to.equal(undefined);
    expect(seen).to.deep.equal([]);
  });

  it('skips entries whose source URL is a script or data URL, reporting each', async () => {
    const unsafe = XSS_PAYLOADS.filter((p) => !isSafeUrl(p) && /^\s*(javascript|data|vbscript):/i.test(p));
    expect(unsafe.length).to.be.at.least(5);
    const errors: string[] = [];
    const { error, warn } = console;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    console.warn = () => {};
    try {
      const entries = unsafe.map((url, i) => ({
        ...entriesFor('Unsafe link', i)[0]!,
        id: `unsafe-${i}`,
        supersededBy: undefined,
        related: undefined,
        sources: [{ title: 'T', publisher: 'P', url }],
      }));
      const provider = await fixture<IcsGlossaryProvider>(html`<ics-glossary-provider .data=${{ entries }}>
        <ics-term term="unsafe-0">Unsafe link</ics-term>
      </ics-glossary-provider>`);
      await provider.updateComplete;
      expect(errors.length).to.equal(unsafe.length);
      expect(errors.every((e) => e.includes('.url must be an http(s) or relative URL'))).to.equal(true);
      const el = provider.querySelector('ics-term')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="term"]'), 'unsafe-0 is plain text').to.equal(null);
    } finally {
      Object.assign(console, { error, warn });
    }
  });

  it('never renders a glossary-href that is not an http(s) or relative URL', async () => {
    const hrefs = ['javascript:window.__xss=1//{id}', ' JAVASCRIPT:window.__xss=2', 'data:text/html,x#{id}', 'vbscript:x'];
    for (const href of hrefs) {
      const el = await fixture<IcsTerm>(html`<ics-term glossary-href=${href}>ICB</ics-term>`);
      anchorOf(el).focus();
      const tip = await waitShown(el);
      // Strings only in assertions: a failing one must not hand the runner a live script link.
      expect(tip.querySelector('[part~="more-link"]')?.getAttribute('href') ?? null, href).to.equal(null);
      expect(injections(el, RENDERED_TAGS)).to.deep.equal([]);
      anchorOf(el).blur();
    }
  });
});
