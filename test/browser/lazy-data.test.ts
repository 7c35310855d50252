/**
 * What loads when: the first script carries the glossary's index, and the definitions, wordings, events
 * and sources arrive after the page (at idle time, or at the first hover, focus or tap). A term whose
 * details have not arrived shows its expansion at once and the rest when they come. A page tagged on
 * the server carries the entries it uses, and the data-less build reads them and fetches no glossary.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/term/ics-term-define.js';
import type { IcsTerm } from '../../src/elements/term/ics-term.js';
import { axTree, itIn, part } from '../support/helpers.js';
import { loadPage, removePages } from '../support/frames.js';

/** The page's files, by name, as its performance timeline lists them. */
const fetched = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

/** Waits for the frame's build to define and render `term`. */
async function rendered(term: IcsTerm): Promise<IcsTerm> {
  const win = term.ownerDocument.defaultView!;
  await waitUntil(() => win.customElements.get('ics-term'), 'ics-term defined', { timeout: 5000 });
  await term.updateComplete;
  return term;
}

const ICB_DEFINITION_START = 'The NHS body';

/** A first tooltip, or the details, arrive as chunks; on a busy machine WebKit has taken over a second. */
const CHUNK_WAIT = { timeout: 5000 };

describe('the glossary’s details, before and after they arrive', () => {
  afterEach(removePages);
  after(() => fetch('/__ics/release-details'));

  it('a term shows its expansion and status at once, and its definition when the details come', async () => {
    await fetch('/__ics/hold-details');
    const win = await loadPage('/__ics/slow-details/test/pages/lazy/terms.html');
    const term = await rendered(win.document.querySelector('ics-term') as IcsTerm);
    term.focus();
    await waitUntil(() => part(term.shadowRoot!, 'status'), 'the tooltip opens', CHUNK_WAIT);
    const tip = part(term.shadowRoot!, 'tooltip')!;
    expect(part(tip, 'heading')!.innerText).to.equal('ICB (integrated care board)');
    expect(part(tip, 'status')!.textContent).to.match(/^Current · since 1 July 2022/);
    expect(part(tip, 'definition'), 'no definition yet').to.equal(null);
    expect(fetched(win).some((f) => /-bundled-/.test(f)), 'the details are still on their way').to.equal(false);

    await fetch('/__ics/release-details');
    await waitUntil(() => part(tip, 'definition'), 'the definition fills in', CHUNK_WAIT);
    expect(part(tip, 'definition')!.textContent).to.match(new RegExp(`^${ICB_DEFINITION_START}`));
    expect(part(tip, 'source')!.textContent).to.match(/^Source: /);
  });

  itIn(['chromium'], 'Chromium’s accessibility tree')('the description a screen reader hears gains the definition', async () => {
    const term = document.createElement('ics-term') as IcsTerm;
    term.textContent = 'ICB';
    document.body.append(term);
    await waitUntil(async () => {
      const node = (await axTree()).find((n) => n.name === 'ICB' && n.description.startsWith('integrated care board'));
      return node && node.description.length > 'integrated care board. Current · since 1 July 2022'.length + 40;
    }, 'the description has the definition', CHUNK_WAIT);
    term.remove();
  });
});

describe('the one-script build', () => {
  afterEach(removePages);

  it('fetches the definitions after the page has loaded, not before', async () => {
    const win = await loadPage('/test/pages/lazy/terms.html');
    const atLoad = (win as Window & { atLoad?: string[] }).atLoad!;
    expect(atLoad.some((f) => /ics-glossary\.js$/.test(f))).to.equal(true);
    expect(atLoad.filter((f) => /-bundled-/.test(f)), 'no details before load').to.deep.equal([]);
    await waitUntil(() => fetched(win).some((f) => /-bundled-/.test(f)), 'the details load at idle time', CHUNK_WAIT);
    const term = await rendered(win.document.querySelector('ics-term') as IcsTerm);
    term.focus();
    await waitUntil(() => part(term.shadowRoot!, 'definition')?.textContent?.startsWith(ICB_DEFINITION_START), 'definition', CHUNK_WAIT);
  });
});

describe('the data-less build on a page tagged on the server', () => {
  afterEach(removePages);

  it('explains the page’s terms from the entries embedded in it, and fetches no glossary', async () => {
    const win = await loadPage('/__ics/server-tagged.html');
    const terms = [...win.document.querySelectorAll('ics-term')] as IcsTerm[];
    expect(terms).to.have.length(10);
    const icb = terms.find((t) => t.textContent === 'ICB')!;
    (await rendered(icb)).focus();
    await waitUntil(() => part(icb.shadowRoot!, 'definition'), 'tooltip with its definition', CHUNK_WAIT);
    expect(part(icb.shadowRoot!, 'definition')!.textContent).to.match(new RegExp(`^${ICB_DEFINITION_START}`));
    const scripts = fetched(win).filter((f) => f.endsWith('.js'));
    expect(scripts.every((f) => f.startsWith('/dist/ics-glossary-no-data')), scripts.join(', ')).to.equal(true);
    expect(scripts.some((f) => /-bundled-/.test(f))).to.equal(false);
  });

  it('keeps the page’s date: a 2019 page is told about CCGs as they were then', async () => {
    const win = await loadPage('/__ics/server-tagged.html?as-of=2019-01-21');
    const ccg = [...win.document.querySelectorAll('ics-term')].find((t) => t.textContent === 'CCG') as IcsTerm;
    (await rendered(ccg)).focus();
    await waitUntil(() => part(ccg.shadowRoot!, 'status'), 'tooltip', CHUNK_WAIT);
    expect(part(ccg.shadowRoot!, 'status')!.textContent).to.equal('Current · since 1 April 2013');
    expect(part(ccg.shadowRoot!, 'change-note')!.textContent).to.match(/^Abolished from 1 July 2022, replaced by ICB/);
  });

  it('a term the page does not embed stays plain text', async () => {
    const win = await loadPage('/__ics/server-tagged.html');
    const extra = win.document.createElement('ics-term') as IcsTerm;
    extra.textContent = 'LTP';
    win.document.body.append(extra);
    await rendered(extra);
    expect(extra.shadowRoot!.querySelector('[part~="term"]'), 'no focusable term').to.equal(null);
    expect(extra.tabIndex).to.equal(-1);
  });
});
