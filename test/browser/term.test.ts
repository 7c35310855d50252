import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/define-all.js';
import { bundledGlossary } from '../../src/bundled.js';
import { IcsTerm } from '../../src/elements/term/ics-term.js';
import { configure, DEFAULT_STRINGS } from '../../src/settings.js';
import {
  anchorOf,
  axFind,
  tipOf,
  axTree,
  clickAt,
  emulateMedia,
  engine,
  hover,
  insideViewport,
  isShown,
  itIn,
  moveMouseTo,
  setViewport,
  sleep,
  stubConsole,
  tap,
  waitHidden,
  waitShown,
  withoutPopoverApi,
} from '../support/helpers.js';
import { loadPage, removePages } from '../support/frames.js';

const icb = bundledGlossary.byId('icb')!;
/** The tooltip's light and dark backgrounds, #fff and #1d1f20. */
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(29, 31, 32)';

async function openByFocus(term: IcsTerm): Promise<HTMLElement> {
  anchorOf(term).focus();
  return waitShown(term);
}

afterEach(async () => {
  await resetMouse();
  (document.activeElement as HTMLElement | null)?.blur();
});

describe('<ics-term> lookup', () => {
  it('is defined and upgrades', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    expect(customElements.get('ics-term')).to.equal(IcsTerm);
    expect(el).to.be.instanceOf(IcsTerm);
  });

  it('looks the entry up by its text and shows expansion, definition, status and dates', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    const tip = await openByFocus(el);
    expect(tip.querySelector('[part~="expansion"]')!.textContent).to.contain('integrated care board');
    expect(tip.querySelector('[part~="definition"]')!.textContent).to.equal(icb.definition);
    expect(tip.querySelector('[part~="status"]')!.textContent).to.contain('Current');
    expect(tip.querySelector('[part~="status"]')!.textContent).to.contain('1 July 2022');
    expect(tip.querySelector('[part~="source"]')!.textContent).to.match(/^Source: \S/);
  });

  for (const written of ['ICBs', "ICB's", 'ICB’s']) {
    it(`finds the entry from the form ${written}`, async () => {
      const el = await fixture<IcsTerm>(html`<ics-term>${written}</ics-term>`);
      const tip = await openByFocus(el);
      expect(tip.querySelector('[part~="definition"]')!.textContent).to.equal(icb.definition);
    });
  }

  it('matches acronyms case-sensitively', async () => {
    const warn = stubConsole('warn');
    const el = await fixture<IcsTerm>(html`<ics-term>Icb</ics-term>`);
    warn.restore();
    expect(anchorOf(el)).to.equal(null);
    expect(warn.calls.join()).to.contain('"Icb"');
  });

  it('names the entry by id and keeps the author’s text', async () => {
    const el = await fixture<IcsTerm>(html`<p><ics-term term="icb">integrated care boards</ics-term></p>`);
    const term = el.querySelector('ics-term')!;
    expect(el.textContent).to.equal('integrated care boards');
    const tip = await openByFocus(term);
    expect(tip.querySelector('[part~="term-name"]')!.textContent).to.equal('ICB');
  });

  it('follows its text as a framework changes it: in place, replaced, inside an element', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    const described = () => el.shadowRoot!.querySelector('[part~="term"]')?.getAttribute('aria-description') ?? null;
    expect(described()).to.match(/^integrated care board\b/);
    // React and Preact set a text node's data, which fires no slotchange.
    (el.firstChild as Text).data = 'ICS';
    await waitUntil(() => described()?.startsWith('integrated care system'), 'the edited text looked up');
    const bold = document.createElement('b');
    bold.textContent = 'CCG';
    el.replaceChildren(bold);
    await waitUntil(() => described()?.startsWith('clinical commissioning group'), 'the new children looked up');
    const warn = stubConsole('warn');
    try {
      (bold.firstChild as Text).data = 'XYZ';
      await waitUntil(() => described() === null, 'an unknown text shown as plain text');
      expect(warn.calls.join(' ')).to.contain('"XYZ"');
    } finally {
      warn.restore();
    }
  });

  it('adds "More in the glossary" when a glossary URL is set on the element', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term glossary-href="/glossary#{id}">ICB</ics-term>`);
    const tip = await openByFocus(el);
    const link = tip.querySelector<HTMLAnchorElement>('[part~="more-link"]')!;
    expect(link.textContent).to.equal('More in the glossary');
    expect(link.getAttribute('href')).to.equal('/glossary#icb');
  });

  it('adds the link from the page-wide setting', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'ics-glossary-href', content: '/terms.html' });
    document.head.append(meta);
    try {
      const el = await fixture<IcsTerm>(html`<ics-term>CCG</ics-term>`);
      const tip = await openByFocus(el);
      expect(tip.querySelector('[part~="more-link"]')!.getAttribute('href')).to.equal('/terms.html#ccg');
    } finally {
      meta.remove();
    }
  });

  it('has no link when no glossary URL is set', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    const tip = await openByFocus(el);
    expect(tip.querySelector('[part~="more-link"]')).to.equal(null);
  });
});

describe('<ics-term> dates and senses', () => {
  it('explains ICS as it stood on an article’s date, with what changed since', async () => {
    const ics = bundledGlossary.byId('ics')!;
    const el = await fixture<IcsTerm>(html`<ics-term as-of="2019-01-07">ICS</ics-term>`);
    const tip = await openByFocus(el);
    const earlier = ics.earlier!.find((e) => e.until > '2019-01-07')!;
    expect(tip.querySelector('[part~="definition"]')!.textContent).to.equal(earlier.definition);
    expect(tip.querySelector('[part~="change-note"]')!.textContent).to.contain('2022');
  });

  it('reads the page date from article:published_time', async () => {
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.content = '2019-01-07T09:30:00+00:00';
    document.head.append(meta);
    try {
      const el = await fixture<IcsTerm>(html`<ics-term>ICS</ics-term>`);
      const tip = await openByFocus(el);
      expect(tip.querySelector('[part~="definition"]')!.textContent).not.to.equal(
        bundledGlossary.byId('ics')!.definition,
      );
    } finally {
      meta.remove();
    }
  });

  it('uses today without a date', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term>ICS</ics-term>`);
    const tip = await openByFocus(el);
    expect(tip.querySelector('[part~="definition"]')!.textContent).to.equal(bundledGlossary.byId('ics')!.definition);
  });

  it('lists each sense of an ambiguous term the date does not settle', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term as-of="2019-06-01">ICP</ics-term>`);
    const tip = await openByFocus(el);
    expect(tip.querySelector('[part~="heading"]')!.textContent).to.equal('ICP can mean:');
    const items = [...tip.querySelectorAll('[part~="senses"] li')].map((li) => li.textContent);
    expect(items.length).to.be.greaterThan(1);
    expect(items.join()).to.contain('integrated care provider');
  });

  it('an id settles the sense', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term term="icp-provider" as-of="2019-06-01">ICP</ics-term>`);
    const tip = await openByFocus(el);
    expect(tip.querySelector('[part~="expansion"]')!.textContent).to.contain('integrated care provider');
  });
});

describe('<ics-term> opening and closing', () => {
  it('opens on hover after the delay, not at once', async () => {
    const el = await fixture<IcsTerm>(html`<p style="padding:40px">Read about the <ics-term>ICB</ics-term>.</p>`);
    const term = el.querySelector('ics-term')!;
    await hover(term);
    await sleep(60);
    expect(isShown(term), 'open before the delay').to.equal(false);
    await waitShown(term);
  });

  it('takes its hover delay from the hover-delay attribute', async () => {
    const el = await fixture<IcsTerm>(html`<p style="padding:40px"><ics-term hover-delay="2000">ICB</ics-term></p>`);
    const term = el.querySelector('ics-term')!;
    await hover(term);
    await sleep(600);
    expect(isShown(term)).to.equal(false);
  });

  it('stays open while the pointer moves into the tooltip, and closes when it leaves both', async () => {
    const el = await fixture<HTMLElement>(html`<p style="padding:200px 40px">Read about <ics-term>ICB</ics-term>.</p>`);
    const term = el.querySelector('ics-term')!;
    await hover(term);
    const tip = await waitShown(term);
    const r = tip.getBoundingClientRect();
    const t = term.getBoundingClientRect();
    // Cross the gap between term and tooltip, then rest inside the tooltip.
    await moveMouseTo(Math.round(t.left + 2), Math.round((t.top + r.bottom) / 2));
    await moveMouseTo(Math.round(r.left + 10), Math.round(r.top + 10));
    await sleep(700);
    expect(isShown(term), 'hoverable').to.equal(true);
    await moveMouseTo(1, innerHeight - 1);
    await waitHidden(term);
  });

  it('opens on keyboard focus (Tab) and closes on Esc with focus kept on the term', async () => {
    const el = await fixture<HTMLElement>(html`<div><button>before</button> <ics-term>ICB</ics-term></div>`);
    const term = el.querySelector('ics-term')!;
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitShown(term);
    expect(term.shadowRoot!.activeElement).to.equal(anchorOf(term));
    await sendKeys({ press: 'Escape' });
    await waitHidden(term);
    expect(document.activeElement).to.equal(term);
    expect(term.shadowRoot!.activeElement).to.equal(anchorOf(term));
  });

  it('returns focus to the term when Esc is pressed inside the tooltip', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term glossary-href="/g#{id}">ICB</ics-term>`);
    await openByFocus(el);
    // Tab reaches the source's link first, then "More in the glossary".
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('more-link');
    expect(isShown(el), 'still open while focus is inside').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitHidden(el);
    expect(el.shadowRoot!.activeElement).to.equal(anchorOf(el));
  });

  it('keeps focus on a link in the tooltip while what the tooltip says changes', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term glossary-href="/g#{id}">ICB</ics-term>`);
    const tip = await openByFocus(el);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.activeElement;
    expect(link?.getAttribute('part')).to.equal('more-link');
    configure({ strings: { statusCurrent: 'Aktuell' } });
    try {
      await el.updateComplete;
      expect(tip.querySelector('[part~="status"]')!.textContent).to.contain('Aktuell');
      expect(el.shadowRoot!.activeElement, 'the same link, still focused').to.equal(link);
      expect(isShown(el)).to.equal(true);
    } finally {
      configure({ strings: { statusCurrent: DEFAULT_STRINGS.statusCurrent } });
    }
  });

  it('moves focus back to its term when it closes with focus inside, however it is closed', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term glossary-href="/g#{id}">ICB</ics-term>`);
    const tip = await openByFocus(el);
    tip.querySelector<HTMLElement>('[part~="more-link"]')!.focus();
    el.hide();
    await waitHidden(el);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(anchorOf(el));
  });

  it('holds no tooltip while closed: one is made as it opens and removed as it closes, beside the same term', async () => {
    const el = await fixture<HTMLElement>(html`<p><ics-term>ICB</ics-term> and <ics-term>CCG</ics-term></p>`);
    const [a, b] = [...el.querySelectorAll('ics-term')] as [IcsTerm, IcsTerm];
    const anchor = anchorOf(a);
    const nodes = (term: IcsTerm) => term.shadowRoot!.querySelectorAll('*').length;
    const closed = nodes(a);
    expect(tipOf(a)).to.equal(null);
    await openByFocus(a);
    expect(nodes(a)).to.be.greaterThan(closed);
    await openByFocus(b);
    expect(tipOf(a), 'closed by the other opening').to.equal(null);
    expect(nodes(a)).to.equal(closed);
    expect(anchorOf(a), 'the term itself is kept').to.equal(anchor);
    expect(anchor.getAttribute('aria-expanded')).to.equal('false');
    expect(anchor.hasAttribute('aria-controls')).to.equal(false);
    expect(anchorOf(b).getAttribute('aria-controls')).to.equal(tipOf(b)!.id);
  });

  it('closes when keyboard focus moves on', async () => {
    const el = await fixture<HTMLElement>(html`<div><ics-term>ICB</ics-term> <button>after</button></div>`);
    const term = el.querySelector('ics-term')!;
    await openByFocus(term);
    el.querySelector('button')!.focus();
    await waitHidden(term);
  });

  it('toggles with Enter', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    await openByFocus(el);
    await sendKeys({ press: 'Enter' });
    await waitHidden(el);
    await sendKeys({ press: 'Enter' });
    await waitShown(el);
  });

  itIn(['chromium', 'firefox'], 'touch input through CDP or WebDriver BiDi')('opens and closes on tap', async () => {
    const el = await fixture<HTMLElement>(html`<p style="padding:40px"><ics-term>ICB</ics-term></p>`);
    const term = el.querySelector('ics-term')!;
    await tap(term);
    await waitShown(term);
    await sleep(400);
    expect(isShown(term), 'a tap is not a hover: it stays').to.equal(true);
    await tap(term);
    await waitHidden(term);
  });

  it('opens on click and closes on a click outside', async () => {
    const el = await fixture<HTMLElement>(
      html`<div style="padding:40px"><ics-term hover-delay="5000">ICB</ics-term><p style="height:300px">x</p></div>`,
    );
    const term = el.querySelector('ics-term')!;
    await clickAt(term);
    await waitShown(term);
    await moveMouseTo(5, innerHeight - 5);
    await sleep(500);
    expect(isShown(term), 'a clicked tooltip does not follow the pointer').to.equal(true);
    await clickAt(el.querySelector('p')!);
    await waitHidden(term);
  });

  it('closes on Esc while only hovered, and does not reopen until the pointer comes back', async () => {
    const el = await fixture<HTMLElement>(html`<p style="padding:40px"><ics-term hover-delay="0">ICB</ics-term></p>`);
    const term = el.querySelector('ics-term')!;
    await hover(term);
    await waitShown(term);
    await sendKeys({ press: 'Escape' });
    await waitHidden(term);
    await sleep(300);
    expect(isShown(term)).to.equal(false);
  });

  it('keeps one tooltip open at a time', async () => {
    const el = await fixture<HTMLElement>(html`<p><ics-term>ICB</ics-term> and <ics-term>CCG</ics-term></p>`);
    const [a, b] = [...el.querySelectorAll('ics-term')] as [IcsTerm, IcsTerm];
    await openByFocus(a);
    await clickAt(b);
    await waitShown(b);
    expect(isShown(a)).to.equal(false);
  });

  it('fires ics-show and ics-hide', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    const seen: string[] = [];
    document.addEventListener('ics-show', (e) => seen.push(e.type), { once: true });
    document.addEventListener('ics-hide', (e) => seen.push(e.type), { once: true });
    await openByFocus(el);
    el.hide();
    expect(seen).to.deep.equal(['ics-show', 'ics-hide']);
  });
});

describe('<ics-term> on pages that get in the way', () => {
  it('still answers the keyboard when a page script stops keydown on its way up', async () => {
    const el = await fixture<HTMLElement>(html`<p>Read about the <ics-term>ICB</ics-term>.</p>`);
    el.addEventListener('keydown', (e) => e.stopPropagation());
    const term = el.querySelector('ics-term')!;
    await openByFocus(term);
    await sendKeys({ press: 'Escape' });
    await waitHidden(term);
    await sendKeys({ press: 'Enter' });
    await waitShown(term, 'opened by Enter');
  });

  /** A component with a term in its shadow root, beside a term in the page. */
  async function inComponent(mode: ShadowRootMode) {
    const el = await fixture<HTMLElement>(html`<div style="padding:40px"><p>The <ics-term>ICS</ics-term></p><div></div></div>`);
    const root = el.querySelector('div')!.attachShadow({ mode });
    root.innerHTML = '<p style="padding:40px 0">Each <ics-term>ICB</ics-term> plans care.</p>';
    const inner = root.querySelector('ics-term')!;
    await inner.updateComplete;
    return { inner, outer: el.querySelector('ics-term')! };
  }

  it('works inside another component’s closed shadow root: click, hover, and the page’s own terms', async () => {
    const { inner, outer } = await inComponent('closed');
    await clickAt(anchorOf(inner));
    await waitShown(inner, 'opened by a click');
    await sendKeys({ press: 'Escape' });
    await waitHidden(inner);
    // Esc keeps focus on the term, and a focused term keeps its tooltip: start hovering afresh.
    anchorOf(inner).blur();
    await moveMouseTo(1, 1);
    await hover(anchorOf(inner));
    await waitShown(inner, 'opened by hover');
    await moveMouseTo(1, 1);
    await waitHidden(inner);
    await clickAt(anchorOf(outer));
    await waitShown(outer, 'the page term opened by a click');
    expect(isShown(inner)).to.equal(false);
  });

  it('answers a click once inside an open shadow root, which the page’s listeners also see', async () => {
    const { inner } = await inComponent('open');
    // Answered twice, the click would open the tooltip and close it again.
    await clickAt(anchorOf(inner));
    await waitShown(inner, 'opened by a click');
    await sleep(50);
    expect(isShown(inner), 'still open after one click').to.equal(true);
  });
});

describe('<ics-term> placement', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  /** Two frames: time for a scroll event, and for the position it sets to be laid out. */
  const waitUntilFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  const corners = {
    'top left': 'top:0;left:0',
    'top right': 'top:0;right:0',
    'bottom left': 'bottom:0;left:0',
    'bottom right': 'bottom:0;right:0',
    'middle left': 'top:50%;left:0',
    'middle right': 'top:50%;right:0',
  };
  for (const [name, place] of Object.entries(corners)) {
    it(`stays inside a 320 px viewport at the ${name}`, async () => {
      await setViewport({ width: 320, height: 568 });
      const el = await fixture<HTMLElement>(
        html`<div style="position:fixed;${place}"><ics-term term="ics">integrated care systems</ics-term></div>`,
      );
      const term = el.querySelector('ics-term')!;
      const tip = await openByFocus(term);
      await sleep(50);
      expect(insideViewport(tip.getBoundingClientRect()), JSON.stringify(tip.getBoundingClientRect())).to.equal(true);
      expectArrowOnTerm(term, tip);
    });
  }

  /** The tooltip sits 10px off `target` on the side it names, and its arrow points at `target`. */
  function expectArrowOn(tip: HTMLElement, a: DOMRect): void {
    const t = tip.getBoundingClientRect();
    const gap = tip.dataset.placement === 'bottom' ? t.top - a.bottom : a.top - t.bottom;
    expect(gap, `gap on the ${tip.dataset.placement} side`).to.be.closeTo(10, 1.5);
    const arrow = tip.querySelector('[part~="arrow"]')!.getBoundingClientRect();
    expect(arrow.left + arrow.width / 2, 'arrow above or below the term').to.be.within(a.left, a.right);
    const arrowY = arrow.top + arrow.height / 2;
    expect(arrowY, 'arrow on the edge facing the term').to.be.closeTo(tip.dataset.placement === 'bottom' ? t.top : t.bottom, 2);
  }

  function expectArrowOnTerm(term: IcsTerm, tip: HTMLElement): void {
    expectArrowOn(tip, anchorOf(term).getBoundingClientRect());
  }

  /** The term's boxes, one per line it is on. */
  const linesOf = (term: IcsTerm) => [...anchorOf(term).getClientRects()].filter((r) => r.width > 0);

  /**
   * A term that ends one line and starts the next: its paragraph is narrowed until it breaks after the
   * term's first word, so the term's two boxes sit at opposite ends of their lines.
   */
  async function wrappedTerm(dir: 'ltr' | 'rtl', filler: string, written: string): Promise<IcsTerm> {
    const el = await fixture<HTMLElement>(html`<div style="padding:250px 40px 0"></div>`);
    const p = Object.assign(document.createElement('p'), { dir });
    p.style.cssText = 'margin:0;width:max-content;font:16px/1.6 sans-serif';
    p.append(`${filler} `, Object.assign(document.createElement('ics-term'), { term: 'icb', textContent: written }), '.');
    el.append(p);
    const term = p.querySelector('ics-term')!;
    await term.updateComplete;
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(term.firstChild!, written.indexOf(' '));
    p.style.width = `${Math.ceil(range.getBoundingClientRect().width) + 2}px`;
    const [first, second] = linesOf(term);
    expect(linesOf(term), 'the term is on two lines').to.have.length(2);
    const apart = dir === 'ltr' ? first!.left > second!.right : second!.left > first!.right;
    expect(apart, 'its two boxes do not overlap across the lines').to.equal(true);
    return term;
  }

  const centreOf = (r: DOMRect) => [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as const;

  for (const [dir, filler, written] of [
    ['ltr', 'Since 2022 each area has had its own integrated', 'care board'],
    ['rtl', 'منذ عام ألفين واثنين وعشرين لكل منطقة', 'مجلس الرعاية'],
  ] as const) {
    it(`points at the line under the pointer when a wrapped term is hovered on its second line (${dir})`, async () => {
      const term = await wrappedTerm(dir, filler, written);
      await moveMouseTo(...centreOf(linesOf(term)[1]!));
      const tip = await waitShown(term);
      expectArrowOn(tip, linesOf(term)[1]!);
    });

    it(`points at a wrapped term's first line when opened from the keyboard (${dir})`, async () => {
      const term = await wrappedTerm(dir, filler, written);
      const tip = await openByFocus(term);
      expectArrowOn(tip, linesOf(term)[0]!);
    });
  }

  it('stops measuring its term once closed, and once removed from the page', async () => {
    const el = await fixture<HTMLElement>(html`<div style="padding:200px 40px"><ics-term>ICB</ics-term></div>`);
    const term = el.querySelector('ics-term')!;
    const anchor = anchorOf(term);
    let measured = 0;
    const measure = anchor.getBoundingClientRect.bind(anchor);
    anchor.getBoundingClientRect = () => (measured++, measure());
    const nudge = async () => {
      measured = 0;
      el.style.paddingTop = `${parseInt(el.style.paddingTop) + 20}px`;
      window.dispatchEvent(new Event('resize'));
      await waitUntilFrame();
      return measured;
    };
    await openByFocus(term);
    expect(await nudge(), 'measured while open').to.be.greaterThan(0);
    term.hide();
    expect(await nudge(), 'after closing').to.equal(0);
    anchor.blur();
    await openByFocus(term);
    term.remove();
    expect(await nudge(), 'after removal').to.equal(0);
  });

  it('follows a term in a scrolled container', async () => {
    const el = await fixture<HTMLElement>(html`
      <div style="margin:150px 200px;height:240px;overflow:auto">
        <p style="margin:400px 0 600px">The <ics-term>ICB</ics-term> plans.</p>
      </div>
    `);
    el.scrollTop = 250;
    const term = el.querySelector('ics-term')!;
    const tip = await openByFocus(term);
    expectArrowOnTerm(term, tip);
    el.scrollTop = 200;
    await waitUntilFrame();
    expectArrowOnTerm(term, tip);
    expect(insideViewport(tip.getBoundingClientRect())).to.equal(true);
  });

  it('sits beside a term inside a transformed ancestor', async () => {
    const el = await fixture<HTMLElement>(html`
      <div style="margin:220px 120px;transform:translate(30px, 20px) scale(0.8)">
        <p>Each <ics-term>ICB</ics-term> plans care.</p>
      </div>
    `);
    const term = el.querySelector('ics-term')!;
    const tip = await openByFocus(term);
    expectArrowOnTerm(term, tip);
  });

  it('without the Popover API, opens as a fixed box placed the same way, even in a transformed ancestor', async () => {
    await withoutPopoverApi(async () => {
      const el = await fixture<HTMLElement>(html`
        <div style="margin:220px 120px;transform:translate(30px, 20px)">
          <p>Each <ics-term>ICB</ics-term> plans care.</p>
        </div>
      `);
      const term = el.querySelector('ics-term')!;
      const tip = await openByFocus(term);
      expect(tip.matches(':popover-open'), 'not in the top layer').to.equal(false);
      expectArrowOnTerm(term, tip);
      await sendKeys({ press: 'Escape' });
      await waitHidden(term);
      expect(tip.checkVisibility()).to.equal(false);
    });
  });

  it('opens above the term, and below it when there is no room above', async () => {
    const el = await fixture<HTMLElement>(html`
      <div style="position:fixed;top:4px;left:200px"><ics-term>ICB</ics-term></div>
      <div style="position:fixed;bottom:4px;left:200px"><ics-term>ICS</ics-term></div>
    `);
    const [high, low] = [...el.parentElement!.querySelectorAll('ics-term')] as IcsTerm[];
    const below = await openByFocus(high!);
    expect(below.dataset.placement).to.equal('bottom');
    expectArrowOnTerm(high!, below);
    const above = await openByFocus(low!);
    expect(above.dataset.placement).to.equal('top');
    expectArrowOnTerm(low!, above);
  });

  it('follows its term as the page scrolls, flipping and moving its arrow', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await fixture<HTMLElement>(html`
      <div style="height:1400px;padding-top:500px"><p style="margin-left:700px">The <ics-term>ICB</ics-term></p></div>
    `);
    const term = el.querySelector('ics-term')!;
    const tip = await openByFocus(term);
    expect(tip.dataset.placement).to.equal('top');
    expectArrowOnTerm(term, tip);
    window.scrollTo(0, 480);
    await waitUntilFrame();
    expect(tip.dataset.placement, 'flipped once the term nears the top').to.equal('bottom');
    expectArrowOnTerm(term, tip);
    window.scrollTo(0, 0);
    await waitUntilFrame();
    expect(tip.dataset.placement).to.equal('top');
    expectArrowOnTerm(term, tip);
  });

  it('keeps a tooltip taller than the room around its term inside the viewport, scrolling its text', async () => {
    await setViewport({ width: 320, height: 180 });
    const el = await fixture<HTMLElement>(
      html`<div style="position:fixed;top:80px;left:10px;--ics-tooltip-max-width:9rem"><ics-term>ICP</ics-term></div>`,
    );
    const term = el.querySelector('ics-term')!;
    const tip = await openByFocus(term);
    const body = tip.querySelector<HTMLElement>('.body')!;
    expect(body.scrollHeight, 'more text than room').to.be.greaterThan(body.clientHeight);
    expect(insideViewport(tip.getBoundingClientRect()), JSON.stringify(tip.getBoundingClientRect())).to.equal(true);
    expectArrowOnTerm(term, tip);
  });

  it('escapes an overflow: hidden ancestor and a z-index stack', async () => {
    const el = await fixture<HTMLElement>(html`
      <div style="position:relative;z-index:1;margin-top:200px">
        <div style="overflow:hidden;height:1.5em;width:120px;position:relative">
          <ics-term>ICB</ics-term>
        </div>
        <div style="position:absolute;z-index:2147483647;top:-200px;left:0;width:100%;height:400px;background:red"></div>
      </div>
    `);
    const term = el.querySelector('ics-term')!;
    const tip = await openByFocus(term);
    const r = tip.getBoundingClientRect();
    expect(r.height).to.be.greaterThan(40);
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    expect(hit, 'the tooltip is on top').to.equal(term);
    expect(term.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('[part~="tooltip"]')).to.equal(tip);
  });
});

describe('<ics-term> unknown terms', () => {
  it('renders the text unchanged, is not focusable and warns once naming it', async () => {
    const warn = stubConsole('warn');
    const el = await fixture<HTMLElement>(html`<p><button>x</button>See <ics-term>XYZZY</ics-term>.<button>y</button></p>`);
    const term = el.querySelector('ics-term')!;
    term.requestUpdate();
    await term.updateComplete;
    warn.restore();
    expect(el.textContent).to.equal('xSee XYZZY.y');
    expect(warn.calls.length).to.equal(1);
    expect(warn.calls[0]).to.contain('XYZZY');
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelectorAll('button')[1]);
  });

  it('warns about an unknown id', async () => {
    const warn = stubConsole('warn');
    await fixture(html`<ics-term term="no-such-id">thing</ics-term>`);
    warn.restore();
    expect(warn.calls.join()).to.contain('no-such-id');
  });
});

describe('<ics-term> for screen readers', () => {
  const inChromiumTree = itIn(['chromium'], 'CDP accessibility tree');
  const inTree = itIn(['chromium', 'firefox'], 'accessibility tree through CDP or WebDriver BiDi');

  inChromiumTree('is a button named by its text, described by expansion and definition', async () => {
    await fixture(html`<p>Each <ics-term>ICB</ics-term> plans services.</p>`);
    const nodes = await axTree();
    const node = nodes.find((n) => n.name === 'ICB' && n.role === 'button');
    expect(node, JSON.stringify(nodes.filter((n) => n.name.includes('ICB')))).to.exist;
    expect(node!.focusable).to.equal(true);
    expect(node!.expanded).to.equal(false);
    expect(node!.description).to.contain('integrated care board');
    expect(node!.description).to.contain(icb.definition);
  });

  inChromiumTree('reports itself expanded while open', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    await openByFocus(el);
    const node = (await axTree()).find((n) => n.name === 'ICB' && n.role === 'button');
    expect(node!.expanded).to.equal(true);
  });

  it('an open tooltip with links is a group named by its term; the tree says so', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term glossary-href="/g#{id}">ICB</ics-term>`);
    const tip = await openByFocus(el);
    expect(tip.getAttribute('role')).to.equal('group');
    expect(tip.getAttribute('aria-labelledby')).to.equal('term');
    expect(el.shadowRoot!.getElementById('term')).to.equal(anchorOf(el));
  });

  /** A term from a site's glossary whose source has no link, and no glossary page: a tooltip of text alone. */
  async function termWithoutLinks(): Promise<IcsTerm> {
    const provider = await fixture<HTMLElement & { data: unknown }>(html`<ics-glossary-provider></ics-glossary-provider>`);
    provider.data = {
      entries: [
        { id: 'xyz', term: 'XYZ', definition: 'A board only this site has.', category: 'concept', status: 'current', sources: [{ seed: '004_db9f6477d2040253.txt' }] },
      ],
    };
    provider.innerHTML = '<p>The <ics-term>XYZ</ics-term> meets.</p>';
    const term = provider.querySelector('ics-term')!;
    await waitUntil(() => anchorOf(term), 'XYZ known');
    return term;
  }

  it('an open tooltip of text alone is a tooltip', async () => {
    const tip = await openByFocus(await termWithoutLinks());
    expect(tip.querySelector('a')).to.equal(null);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.hasAttribute('aria-labelledby')).to.equal(false);
  });

  inTree('the accessibility tree has the open tooltip as a group named by its term, or as a tooltip', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term glossary-href="/g#{id}">ICB</ics-term>`);
    await openByFocus(el);
    expect(await axFind('group', 'ICB')).to.deep.include({ part: 'tooltip', id: 'tip', text: tipOf(el)!.textContent });
    // The tooltip is beside the button, not in it: the button's name is still the term alone.
    expect((await axFind('button', 'ICB')).map((found) => found.part)).to.deep.equal(['term']);
    el.hide();
    const tip = await openByFocus(await termWithoutLinks());
    const found = await axFind('tooltip');
    expect(found.map((f) => f.text)).to.deep.equal([tip.textContent]);
  });

  it('has no axe violations closed and open', async () => {
    const el = await fixture<HTMLElement>(
      html`<p>The <ics-term glossary-href="/g">ICB</ics-term> and the <ics-term as-of="2019-06-01">ICP</ics-term>.</p>`,
    );
    await expect(el).to.be.accessible();
    const [a, b] = [...el.querySelectorAll('ics-term')] as [IcsTerm, IcsTerm];
    await openByFocus(a);
    await expect(el).to.be.accessible();
    await openByFocus(b);
    await expect(el).to.be.accessible();
  });
});

describe('<ics-term> looks', () => {
  const emulating = itIn(['chromium'], 'CDP media emulation');
  afterEach(() => engine === 'chromium' && emulateMedia([]));

  it('has a dotted underline in the host font', async () => {
    const el = await fixture<HTMLElement>(html`<p style="font-family:serif;font-size:19px"><ics-term>ICB</ics-term></p>`);
    const term = el.querySelector('ics-term')!;
    const style = getComputedStyle(anchorOf(term));
    expect(style.textDecorationStyle).to.equal('dotted');
    expect(style.textDecorationLine).to.equal('underline');
    expect(style.fontFamily).to.equal('serif');
    expect(style.fontSize).to.equal('19px');
  });

  it('is themable with --ics-* properties and ::part()', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <style>.brand ics-term::part(heading) { text-transform: uppercase; }</style>
      <div class="brand" style="--ics-tooltip-background: rgb(1, 2, 3)"><ics-term>ICB</ics-term></div>
    </div>`);
    const term = el.querySelector('ics-term')!;
    const tip = await openByFocus(term);
    expect(getComputedStyle(tip).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(tip.querySelector('[part~="heading"]')!).textTransform).to.equal('uppercase');
  });

  /** A test page that declares no colour scheme, in a frame styled `embedder`; `open` gives its tooltip's background. */
  async function schemeFrame(embedder: string): Promise<{ win: Window & typeof globalThis; open: () => Promise<string> }> {
    const win = (await loadPage('/test/pages/scheme/index.html', `${embedder};width:600px;height:300px;border:0`)) as unknown as Window &
      typeof globalThis;
    const term = win.document.querySelector<IcsTerm>('ics-term')!;
    await waitUntil(() => term.shadowRoot?.querySelector('[part~="term"]'), 'term upgraded');
    const open = async () => {
      term.hide();
      term.show();
      return win.getComputedStyle(await waitShown(term)).backgroundColor;
    };
    return { win, open };
  }

  // A frame is a dark-mode system to the page inside when its element says color-scheme: dark; WebKitGTK,
  // which ignores that, runs the whole suite on a dark-mode system (scripts/engines.js).
  it('stays light on a light page on a dark-mode system, and goes dark when the page takes up the system’s scheme', async () => {
    const { win, open } = await schemeFrame('color-scheme:dark');
    try {
      expect(win.matchMedia('(prefers-color-scheme: dark)').matches, 'a dark-mode system').to.equal(true);
      expect(await open(), 'a page that declares no scheme is light').to.equal(WHITE);
      win.document.documentElement.style.colorScheme = 'light dark';
      expect(await open(), 'color-scheme: light dark follows the system').to.equal(DARK);
    } finally {
      removePages();
    }
  });

  it('goes dark on a page or section that declares color-scheme: dark, where --ics-* properties still win', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <p style="color-scheme:dark"><ics-term>ICB</ics-term></p>
      <p style="color-scheme:dark;--ics-tooltip-background:rgb(1, 2, 3)"><ics-term>CCG</ics-term></p>
      <p style="color-scheme:light"><ics-term>ICS</ics-term></p>
    </div>`);
    const [dark, themed, light] = [...el.querySelectorAll('ics-term')] as IcsTerm[];
    const tip = await openByFocus(dark!);
    expect(getComputedStyle(tip).backgroundColor).to.equal(DARK);
    expect(getComputedStyle(tip).color).to.equal('rgb(243, 242, 241)');
    expect(getComputedStyle(await openByFocus(themed!)).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(await openByFocus(light!)).backgroundColor).to.equal(WHITE);
  });

  emulating('does not animate with prefers-reduced-motion', async () => {
    await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    const tip = await openByFocus(el);
    expect(getComputedStyle(tip).animationName).to.equal('none');
    await emulateMedia([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    anchorOf(el).blur();
    const again = await openByFocus(el);
    expect(getComputedStyle(again).animationName).to.equal('ics-fade-in');
  });

  emulating('uses system colours in forced-colors mode', async () => {
    await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    const tip = await openByFocus(el);
    const style = getComputedStyle(tip);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.backgroundColor).not.to.equal(style.color);
    expect(style.boxShadow).to.equal('none');
  });

  it('reads as plain text before the element is defined', async () => {
    const el = await fixture<HTMLElement>(html`<p>The <ics-term-not-yet>ICB</ics-term-not-yet> plans.</p>`);
    expect(el.innerText).to.equal('The ICB plans.');
    expect(getComputedStyle(el.firstElementChild!).display).to.equal('inline');
  });
});

describe('<ics-term> size', () => {
  it('keeps to its themable maximum width on a wide screen', async () => {
    const el = await fixture<HTMLElement>(html`<p style="padding:200px 40px;--ics-tooltip-max-width:300px"><ics-term>ICS</ics-term></p>`);
    const tip = await openByFocus(el.querySelector('ics-term')!);
    expect(tip.getBoundingClientRect().width).to.be.at.most(300);
    expect(tip.getBoundingClientRect().width).to.be.greaterThan(200);
  });
});
