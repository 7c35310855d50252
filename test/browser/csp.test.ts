/**
 * A strict site: pages under /test/pages/csp/ are served with a Content-Security-Policy that allows no
 * inline script or style and enforces Trusted Types (see web-test-runner.config.js). The built files
 * and the provider must work there without a single violation. Run `npx rollup -c` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { IcsTerm } from '../../src/elements/term/ics-term.js';
import { anchorOf, waitShown } from '../support/helpers.js';
import { insidePage, loadPage, removePages, type PageWindow } from '../support/frames.js';

async function openTerm(win: PageWindow, text: string): Promise<HTMLElement> {
  const term = [...win.document.querySelectorAll<IcsTerm>('ics-term')].find((t) => t.textContent === text)!;
  await waitUntil(() => term.shadowRoot?.querySelector('[part~="term"]'), `${text} upgraded`);
  anchorOf(term).focus();
  const tip = await waitShown(term, `${text} tooltip open`);
  // Positioned beside the term, which takes inline styles set through the CSSOM.
  const [t, a] = [tip.getBoundingClientRect(), anchorOf(term).getBoundingClientRect()];
  const gap = tip.dataset.placement === 'bottom' ? t.top - a.bottom : a.top - t.bottom;
  expect(gap).to.be.closeTo(10, 2);
  expect(t.left < a.right && t.right > a.left, 'tooltip beside its term').to.equal(true);
  expect(insidePage(win, t), 'inside the frame').to.equal(true);
  return tip;
}

function clean(win: PageWindow): void {
  expect(win.violations, 'CSP violations').to.deep.equal([]);
  expect(win.errors, 'errors').to.deep.equal([]);
}

describe('under a strict CSP with Trusted Types', () => {
  afterEach(removePages);

  it('the page is served with the policy, and a violation would be recorded', async () => {
    const response = await fetch('/test/pages/csp/term-module.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const win = await loadPage('/test/pages/csp/term-module.html');
    const div = win.document.createElement('div');
    // Each engine words the error its own way, and makes it in its own realm; all throw a TypeError.
    expect(() => void (div.innerHTML = '<b>x</b>')).to.throw().with.property('name', 'TypeError');
    await waitUntil(() => win.violations.length === 1, 'the violation reported');
  });

  for (const file of ['term-module', 'term-iife']) {
    it(`${file}: a term from the built file upgrades and its tooltip opens, positioned`, async () => {
      const win = await loadPage(`/test/pages/csp/${file}.html`);
      const tip = await openTerm(win, 'ICB');
      expect(tip.querySelector('[part~="expansion"]')!.textContent).to.contain('integrated care board');
      expect(tip.querySelector('[part~="more-link"]')!.getAttribute('href')).to.equal('/glossary#icb');
      clean(win);
    });
  }

  it('the glossary page lists, searches and marks its entries, creating no Trusted Types policy', async () => {
    // The policy allows the site's own policy name only: a template library's policy would be a violation.
    const win = await loadPage('/test/pages/csp/glossary.html');
    const root = () => win.document.querySelector('ics-glossary')?.shadowRoot;
    await waitUntil(() => root()?.querySelector('#icb [part~="expansion"] mark'), 'the ICB entry listed, its match marked');
    // The definitions come in their own chunk, after the index.
    await waitUntil(() => root()!.querySelector('#icb [part~="definition"]')!.textContent, 'the ICB definition shown');
    expect(root()!.querySelector('[part~="count"]')!.textContent).to.match(/^\d+ of \d+ terms$/);
    clean(win);
  });

  it('a provider with a src JSON gives its terms the custom glossary', async () => {
    const win = await loadPage('/test/pages/csp/provider.html');
    const tip = await openTerm(win, 'XYZ');
    expect(tip.querySelector('[part~="definition"]')!.textContent).to.equal('A board only this site talks about.');
    expect((await openTerm(win, 'ICB')).querySelector('[part~="definition"]')!.textContent).to.contain('Our own definition');
    clean(win);
  });

  it('with the one built script, a provider that upgrades after its terms gives them its glossary, and only them', async () => {
    // The built script defines <ics-term> at once and the provider only once its chunk has loaded: the
    // terms upgrade on a page that has had no provider yet.
    const win = await loadPage('/test/pages/csp/provider-built.html');
    const [outside, inside] = [...win.document.querySelectorAll<IcsTerm>('ics-term')].filter((t) => t.textContent === 'ICB');
    const tip = await openTerm(win, 'XYZ');
    expect(tip.querySelector('[part~="definition"]')!.textContent).to.equal('A board only this site talks about.');
    const description = (term: IcsTerm) => anchorOf(term).getAttribute('aria-description') ?? '';
    await waitUntil(() => description(inside!).includes('Our own definition'), 'the ICB inside takes the custom definition');
    expect(description(outside!)).not.to.contain('Our own definition');
    expect(description(outside!)).to.contain('integrated care board');
    clean(win);
  });

  it('a provider from one copy of the library serves terms from another', async () => {
    const win = await loadPage('/test/pages/csp/two-copies.html');
    const provider = win.document.querySelector('ics-glossary-provider')!;
    const term = win.document.querySelector('ics-term')!;
    // Two copies indeed: each element class comes from its own Lit.
    expect(Object.getPrototypeOf(provider.constructor)).not.to.equal(Object.getPrototypeOf(term.constructor));
    const tip = await openTerm(win, 'XYZ');
    expect(tip.querySelector('[part~="definition"]')!.textContent).to.equal('A board only this site talks about.');
    clean(win);
  });
});
