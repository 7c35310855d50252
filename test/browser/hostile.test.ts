/**
 * A host page whose CSS fights back (test/pages/hostile/): global box and line rules, blocks for
 * spans, clipping and stacking divs, rules for [popover] and links, a transformed ancestor, RTL, zoom
 * at 200 % and a red box above everything at the top. The tooltip must still open beside its term,
 * on top, inside the viewport, and read right.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define-all.js';
import type { IcsTerm } from '../../src/elements/term/ics-term.js';
import { configure, DEFAULT_STRINGS } from '../../src/settings.js';
import { anchorOf, setViewport, waitShown } from '../support/helpers.js';
import { insidePage, loadPage, removePages, type PageWindow } from '../support/frames.js';

const SCREENSHOT = '/tmp/hostile.png';

/**
 * Standard CSS zoom (currentCSSZoom: Chromium, Firefox). WebKit's older zoom measures a zoomed page's
 * boxes in its own pixels but its viewport in the screen's, which no script can reconcile: there the
 * page is tested unzoomed, hostile in every other way.
 */
const ZOOM = 'currentCSSZoom' in Element.prototype ? 2 : 1;

async function hostilePage(): Promise<{ win: PageWindow; term: IcsTerm; tip: HTMLElement }> {
  const win = await loadPage('/test/pages/hostile/index.html', 'position:fixed;inset:0;width:100%;height:100%;border:0');
  if (ZOOM === 1) win.document.documentElement.style.zoom = '1';
  const term = win.document.querySelector<IcsTerm>('ics-term')!;
  await waitUntil(() => term.shadowRoot?.querySelector('[part~="term"]'), 'term upgraded', { timeout: 5000 });
  anchorOf(term).focus();
  return { win, term, tip: await waitShown(term) };
}

/** The screenshot's pixels, read back through a canvas. */
async function screenshot(): Promise<(x: number, y: number) => [number, number, number]> {
  const png = await executeServerCommand<string, { path: string }>('ics-screenshot', { path: SCREENSHOT });
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  // Device pixels per CSS pixel of this page, should the screenshot be taken at another scale.
  const scale = image.width / innerWidth;
  return (x, y) => {
    const [r, g, b] = context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
    return [r!, g!, b!];
  };
}

describe('on a hostile host page', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(removePages);

  it('the page really is hostile: zoomed 200 % (where the engine has standard zoom), RTL, and a red box stacked over the top', async () => {
    const { win, term } = await hostilePage();
    expect(win.document.documentElement.currentCSSZoom ?? 1).to.equal(ZOOM);
    expect(win.getComputedStyle(term).direction).to.equal('rtl');
    expect(win.getComputedStyle(win.document.querySelector('.cover')!).zIndex).to.equal('2147483647');
  });

  it('opens the tooltip beside its term, inside the viewport, above everything (hit tests and pixels)', async () => {
    const { win, term, tip } = await hostilePage();
    const t = tip.getBoundingClientRect();
    const a = anchorOf(term).getBoundingClientRect();
    expect(insidePage(win, t), 'inside the viewport').to.equal(true);
    // 10 CSS pixels from the term, at 200 %; the arrow points at the term.
    const gap = tip.dataset.placement === 'bottom' ? t.top - a.bottom : a.top - t.bottom;
    expect(gap).to.be.closeTo(10 * ZOOM, 2);
    const arrow = tip.querySelector('[part~="arrow"]')!.getBoundingClientRect();
    expect(arrow.left + arrow.width / 2).to.be.within(a.left, a.right);

    const cover = win.document.querySelector('.cover')!.getBoundingClientRect();
    const points: Array<[number, number]> = [
      [t.left + t.width / 2, t.top + 5],
      [t.left + 5, t.top + t.height / 2],
      [t.right - 5, t.top + t.height / 2],
      [t.left + t.width / 2, t.bottom - 5],
      [t.left + t.width / 2, t.top + t.height / 2],
    ];
    // The first point lies where the red box is, so the tooltip has something to beat.
    expect(points[0]![1]).to.be.below(cover.bottom);
    for (const [x, y] of points) {
      expect(win.document.elementFromPoint(x, y), `hit at ${x},${y}`).to.equal(term);
      const inner = term.shadowRoot!.elementFromPoint(x, y);
      expect(!!inner && tip.contains(inner), `inside the tooltip at ${x},${y}`).to.equal(true);
    }

    const pixel = await screenshot();
    // The frame fills the viewport from its top left corner, so its coordinates are the page's.
    for (const [x, y] of points.slice(0, 4)) {
      expect(pixel(x, y), `tooltip background at ${x},${y}`).to.deep.equal([255, 255, 255]);
    }
    expect(pixel(Math.max(4, t.left - 20), cover.top + 4), 'the red box beside the tooltip').to.deep.equal([255, 0, 0]);
    expect(win.errors).to.deep.equal([]);
  });

  it('keeps the term and the tooltip’s link visible despite rules for [role=button], links and [popover]', async () => {
    const { term, tip } = await hostilePage();
    expect(anchorOf(term).checkVisibility()).to.equal(true);
    const link = tip.querySelector<HTMLAnchorElement>('[part~="more-link"]')!;
    expect(link.checkVisibility()).to.equal(true);
    expect(getComputedStyle(link).color).not.to.equal('rgb(255, 0, 0)');
  });

  it('reads English tooltip text left to right on the RTL page', async () => {
    const { tip } = await hostilePage();
    const definition = tip.querySelector('[part~="definition"]')!;
    const text = [...definition.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const range = definition.ownerDocument.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const first = range.getBoundingClientRect();
    const box = definition.getBoundingClientRect();
    // Read right to left, the text would start at the right edge, with its full stop moved to the left.
    expect(first.left).to.be.closeTo(box.left, 2);
  });
});

describe('replaceable strings', () => {
  afterEach(() => {
    const { moreInGlossary, statusCurrent } = DEFAULT_STRINGS;
    configure({ strings: { moreInGlossary, statusCurrent } });
  });

  it('configure({ strings }) changes what a screen reader hears of terms already on the page', async () => {
    const el = await fixture<HTMLElement>(html`<p><ics-term>ICB</ics-term> and <ics-term>ICB</ics-term></p>`);
    const description = () =>
      [...el.querySelectorAll<IcsTerm>('ics-term')].map((t) => anchorOf(t).getAttribute('aria-description'));
    expect(description().every((d) => d!.includes('Current · since 1 July 2022'))).to.equal(true);
    configure({ strings: { statusCurrent: 'Aktuell' } });
    await Promise.all([...el.querySelectorAll<IcsTerm>('ics-term')].map((t) => t.updateComplete));
    expect(description().every((d) => d!.includes('Aktuell · since 1 July 2022')), String(description())).to.equal(true);
  });

  it('configure({ strings: { moreInGlossary } }) changes the tooltip’s link text, in open tooltips too', async () => {
    const term = await fixture<IcsTerm>(html`<ics-term glossary-href="/glossary#{id}">ICB</ics-term>`);
    anchorOf(term).focus();
    const tip = await waitShown(term);
    const link = () => tip.querySelector('[part~="more-link"]')!.textContent;
    expect(link()).to.equal('More in the glossary');
    configure({ strings: { moreInGlossary: 'Mehr im Glossar' } });
    await term.updateComplete;
    expect(link()).to.equal('Mehr im Glossar');
    anchorOf(term).blur();
  });
});
