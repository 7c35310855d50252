import { ContextProvider } from '@lit/context';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define-all.js';
import { glossaryContext } from '../../src/context.js';
import { IcsAutotag } from '../../src/elements/autotag/ics-autotag.js';
import { fixtureGlossary } from '../fixtures/glossary.js';

const terms = (root: ParentNode) =>
  [...root.querySelectorAll('ics-term')].map((t) => `${t.textContent}=${t.getAttribute('term') ?? ''}`);

describe('<ics-autotag>', () => {
  it('is defined, renders a slot and takes no box of its own', async () => {
    const el = await fixture<IcsAutotag>(html`<ics-autotag><p>Text</p></ics-autotag>`);
    expect(customElements.get('ics-autotag')).to.equal(IcsAutotag);
    expect(el).to.be.instanceOf(IcsAutotag);
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('works when created with document.createElement', async () => {
    const el = document.createElement('ics-autotag');
    el.innerHTML = '<p>The ICB.</p>';
    document.body.append(el);
    await el.updateComplete;
    expect(terms(el)).to.deep.equal(['ICB=icb']);
    el.remove();
  });

  it('tags its light-DOM children with the bundled glossary, first appearances only', async () => {
    const el = await fixture<IcsAutotag>(html`<ics-autotag><p>The ICB and the ICB.</p><h2>ICS</h2><p>An ICS.</p></ics-autotag>`);
    expect(el.innerHTML).to.contain('<p>The <ics-term term="icb">ICB</ics-term> and the ICB.</p><h2>ICS</h2><p>An <ics-term term="ics">ICS</ics-term>.</p>');
  });

  it('tags light DOM only, never inside shadow roots', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>ICB</p>';
    const el = document.createElement('ics-autotag');
    el.append(host, 'and the ICS');
    document.body.append(el);
    await el.updateComplete;
    expect(host.shadowRoot!.querySelector('ics-term')).to.equal(null);
    expect(terms(el)).to.deep.equal(['ICS=ics']);
    el.remove();
  });

  it('takes the options as attributes: all, exclude, terms, as-of', async () => {
    const el = await fixture<IcsAutotag>(html`<ics-autotag all exclude=".aside" terms="icb, ics ccg" as-of="2019-01-07">
      <h2>ICB</h2><p>ICB and ICS and CCG and NHS England</p><p class="aside">ICB</p>
    </ics-autotag>`);
    expect(terms(el)).to.deep.equal(['ICB=icb', 'ICB=icb', 'ICS=ics', 'CCG=ccg']);
    expect([...el.querySelectorAll('ics-term')].every((t) => t.getAttribute('as-of') === '2019-01-07')).to.equal(true);
  });

  it('tags the first appearance only unless `all` is present; the old first-only="false" still tags all', async () => {
    const text = '<p>ICB and ICB.</p>';
    const plain = await fixture<IcsAutotag>(html`<ics-autotag .innerHTML=${text}></ics-autotag>`);
    const all = await fixture<IcsAutotag>(html`<ics-autotag all .innerHTML=${text}></ics-autotag>`);
    const old = await fixture<IcsAutotag>(html`<ics-autotag first-only="false" .innerHTML=${text}></ics-autotag>`);
    const oldOn = await fixture<IcsAutotag>(html`<ics-autotag first-only .innerHTML=${text}></ics-autotag>`);
    expect(terms(plain)).to.deep.equal(['ICB=icb']);
    expect(terms(all)).to.deep.equal(['ICB=icb', 'ICB=icb']);
    expect(terms(old)).to.deep.equal(['ICB=icb', 'ICB=icb']);
    expect(terms(oldOn)).to.deep.equal(['ICB=icb']);
  });

  it('observe tags content added later; without it, added content stays as it is', async () => {
    const observing = await fixture<IcsAutotag>(html`<ics-autotag observe><p>The ICB.</p></ics-autotag>`);
    const still = await fixture<IcsAutotag>(html`<ics-autotag><p>The ICB.</p></ics-autotag>`);
    observing.insertAdjacentHTML('beforeend', '<p>The ICS.</p>');
    still.insertAdjacentHTML('beforeend', '<p>The ICS.</p>');
    await waitUntil(() => observing.querySelectorAll('ics-term').length === 2, 'added content tagged');
    expect(terms(still)).to.deep.equal(['ICB=icb']);
  });

  it('stops observing when removed, and does not tag twice when connected again', async () => {
    const el = await fixture<IcsAutotag>(html`<ics-autotag observe><p>The ICB.</p></ics-autotag>`);
    const parent = el.parentElement!;
    el.remove();
    el.insertAdjacentHTML('beforeend', '<p>The ICS.</p>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(terms(el)).to.deep.equal(['ICB=icb']);
    parent.append(el);
    expect(terms(el)).to.deep.equal(['ICB=icb', 'ICS=ics'], 'tagged again on connection, without repeating ICB');
    el.insertAdjacentHTML('beforeend', '<p>The CCG.</p>');
    await waitUntil(() => el.querySelectorAll('ics-term').length === 3, 'observing again');
  });

  it('tags again when an option changes, keeping the terms it made', async () => {
    const el = await fixture<IcsAutotag>(html`<ics-autotag terms="icb"><p>The ICB and the ICS.</p></ics-autotag>`);
    expect(terms(el)).to.deep.equal(['ICB=icb']);
    el.terms = ['ics'];
    await el.updateComplete;
    expect(terms(el)).to.deep.equal(['ICB=icb', 'ICS=ics']);
  });

  it('does not throw for a bad attribute, and leaves the content as it was', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const el = await fixture<IcsAutotag>(html`<ics-autotag exclude="p["><p>The ICB.</p></ics-autotag>`);
      expect(el.querySelector('ics-term')).to.equal(null);
      expect(errors.length).to.equal(1);
      expect(String(errors[0]![0])).to.contain('ics-autotag');
    } finally {
      console.error = original;
    }
  });

  it('uses the glossary a provider gives, the one its terms will read too', async () => {
    const host = document.createElement('div');
    new ContextProvider(host, { context: glossaryContext, initialValue: fixtureGlossary });
    document.body.append(host);
    host.innerHTML = '<ics-autotag><p>The STP and integrated care.</p></ics-autotag>';
    const el = host.querySelector('ics-autotag')!;
    await el.updateComplete;
    expect(terms(el)).to.deep.equal(['STP=stp', 'integrated care=integrated-care']);
    host.remove();
  });

  it('waits for the document to be parsed when connected while it loads', async () => {
    const readyState = Object.getOwnPropertyDescriptor(Document.prototype, 'readyState')!;
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    let el: IcsAutotag;
    try {
      el = await fixture<IcsAutotag>(html`<ics-autotag><p>The ICB.</p></ics-autotag>`);
      expect(el.querySelector('ics-term'), 'not before the content is all there').to.equal(null);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    expect(Object.getOwnPropertyDescriptor(Document.prototype, 'readyState')).to.deep.equal(readyState);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(terms(el!)).to.deep.equal(['ICB=icb']);
  });

  it('is accessible, with the terms it creates', async () => {
    const el = await fixture<IcsAutotag>(html`<ics-autotag><p>The ICB works with the ICS.</p></ics-autotag>`);
    await Promise.all([...el.querySelectorAll('ics-term')].map((t) => (t as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await expect(el).to.be.accessible();
  });
});
