import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { bundledGlossary } from '../../src/bundled.js';
import { IcsTerm } from '../../src/elements/term/ics-term.js';
import {
  anchorOf,
  axTree,
  clickAt,
  emulateMedia,
  hover,
  insideViewport,
  isShown,
  moveMouseTo,
  setViewport,
  sleep,
  stubConsole,
  tap,
  waitHidden,
  waitShown,
} from '../support/helpers.js';

const icb = bundledGlossary.byId('icb')!;

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
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.have.attribute('part', 'more-link');
    expect(isShown(el), 'still open while focus is inside').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitHidden(el);
    expect(el.shadowRoot!.activeElement).to.equal(anchorOf(el));
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

  it('opens and closes on tap', async () => {
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

  /** Two frames: the browser moves the tooltip at layout, the arrow follows in the next frame. */
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

  /** The tooltip sits 10px off its term on the side it names, and its arrow points at the term. */
  function expectArrowOnTerm(term: IcsTerm, tip: HTMLElement): void {
    const [t, a] = [tip.getBoundingClientRect(), anchorOf(term).getBoundingClientRect()];
    const gap = tip.dataset.placement === 'bottom' ? t.top - a.bottom : a.top - t.bottom;
    expect(gap, `gap on the ${tip.dataset.placement} side`).to.be.closeTo(10, 1.5);
    const arrow = tip.querySelector('[part~="arrow"]')!.getBoundingClientRect();
    expect(arrow.left + arrow.width / 2, 'arrow above or below the term').to.be.within(a.left, a.right);
    const arrowY = arrow.top + arrow.height / 2;
    expect(arrowY, 'arrow on the edge facing the term').to.be.closeTo(tip.dataset.placement === 'bottom' ? t.top : t.bottom, 2);
  }

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
  it('is a button named by its text, described by expansion and definition', async () => {
    await fixture(html`<p>Each <ics-term>ICB</ics-term> plans services.</p>`);
    const nodes = await axTree();
    const node = nodes.find((n) => n.name === 'ICB' && n.role === 'button');
    expect(node, JSON.stringify(nodes.filter((n) => n.name.includes('ICB')))).to.exist;
    expect(node!.focusable).to.equal(true);
    expect(node!.expanded).to.equal(false);
    expect(node!.description).to.contain('integrated care board');
    expect(node!.description).to.contain(icb.definition);
  });

  it('reports itself expanded while open', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    await openByFocus(el);
    const node = (await axTree()).find((n) => n.name === 'ICB' && n.role === 'button');
    expect(node!.expanded).to.equal(true);
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
  afterEach(() => emulateMedia([]));

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

  it('goes dark with prefers-color-scheme: dark', async () => {
    await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    const tip = await openByFocus(el);
    expect(getComputedStyle(tip).backgroundColor).to.equal('rgb(29, 31, 32)');
  });

  it('does not animate with prefers-reduced-motion', async () => {
    await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const el = await fixture<IcsTerm>(html`<ics-term>ICB</ics-term>`);
    const tip = await openByFocus(el);
    expect(getComputedStyle(tip).animationName).to.equal('none');
    await emulateMedia([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    anchorOf(el).blur();
    const again = await openByFocus(el);
    expect(getComputedStyle(again).animationName).to.equal('ics-fade-in');
  });

  it('uses system colours in forced-colors mode', async () => {
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
