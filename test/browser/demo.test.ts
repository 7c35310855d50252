/**
 * The demo site end to end, with the built files (`npm test` builds them first): each page of demo/ in
 * a same-origin frame, served as `npm start` serves it (the CMS page under its strict CSP). Every page
 * must do what it shows with no error, warning or CSP violation.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundledGlossary } from '../../src/bundled.js';
import type { IcsTerm } from '../../src/elements/term/ics-term.js';
import { anchorOf, part, waitShown } from '../support/helpers.js';
import { removePages } from '../support/frames.js';

interface Demo {
  win: Window & typeof globalThis;
  doc: Document;
  /** Errors, console errors and warnings, and CSP violations, from the page's first script on. */
  problems: string[];
}

const THEME_KEY = 'ics-glossary-demo-theme';
/** The tooltip's dark and light backgrounds, #1d1f20 and #fff. */
const DARK_TOOLTIP = 'rgb(29, 31, 32)';
const LIGHT_TOOLTIP = 'rgb(255, 255, 255)';

interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

interface AxeResults {
  violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Opens a demo page in a frame and records its problems from the moment its document exists. */
async function openDemo(path: string, width = 1000, height = 700): Promise<Demo> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  document.body.append(frame);
  const blank = frame.contentDocument;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  // The page's document replaces about:blank when the navigation commits. Its first script is
  // external (theme.js), so it cannot run before the next task: listening from here misses nothing.
  while (frame.contentDocument === blank) await nextTask();
  const win = frame.contentWindow as Window & typeof globalThis;
  expect(win.customElements.get('ics-term'), 'recording starts before the library loads').to.equal(undefined);
  const problems: string[] = [];
  win.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
  win.document.addEventListener('securitypolicyviolation', (event) =>
    problems.push(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample}`),
  );
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level];
    win.console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.join(' ')}`);
      original.apply(win.console, args);
    };
  }
  await loaded;
  return { win, doc: win.document, problems };
}

/** The first term on the page with this text, once upgraded. */
async function termNamed(demo: Demo, text: string): Promise<IcsTerm> {
  let term: IcsTerm | undefined;
  await waitUntil(() => {
    term = [...demo.doc.querySelectorAll<IcsTerm>('ics-term')].find((t) => t.textContent?.trim() === text);
    return term?.shadowRoot?.querySelector('[part~="term"]');
  }, `the term "${text}" upgraded`);
  return term!;
}

/** Opens a term's tooltip with the keyboard and returns the tooltip. */
async function openTip(demo: Demo, text: string): Promise<HTMLElement> {
  const term = await termNamed(demo, text);
  anchorOf(term).focus();
  return waitShown(term, `the "${text}" tooltip open`);
}

async function glossaryIn(demo: Demo): Promise<ShadowRoot> {
  await waitUntil(() => demo.doc.querySelector('ics-glossary')?.shadowRoot?.querySelector('[part~="count"]'), 'glossary rendered');
  return demo.doc.querySelector('ics-glossary')!.shadowRoot!;
}

/** Loads axe-core into the page: a function that returns what it finds wrong there now. */
async function loadAxe(demo: Demo): Promise<() => Promise<string[]>> {
  // From the same origin, so that the CMS page's CSP allows it; Trusted Types there allow only the
  // site's own policy name, which the test borrows for the script's URL.
  const url = '/node_modules/axe-core/axe.min.js';
  const trustedTypes = (demo.win as unknown as { trustedTypes?: TrustedTypes }).trustedTypes;
  const script = demo.doc.createElement('script');
  script.src = (trustedTypes?.createPolicy('cms', { createScriptURL: (u: string) => u }).createScriptURL(url) ?? url) as string;
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  demo.doc.head.append(script);
  await loaded;
  const axe = (demo.win as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
  return async () => {
    const { violations } = await axe.run(demo.doc);
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
}

/** Every element defined, every glossary rendered and every provider's data in. */
function settled(demo: Demo): Promise<void> {
  return waitUntil(
    () =>
      !demo.doc.querySelector(':is(ics-term, ics-glossary, ics-glossary-provider, ics-autotag):not(:defined)') &&
      !demo.doc.querySelector('ics-glossary-provider[loading]') &&
      [...demo.doc.querySelectorAll('ics-glossary')].every((g) => g.shadowRoot?.querySelector('[part~="count"]')),
    'the page settled',
  );
}

describe('the demo site', () => {
  afterEach(() => {
    removePages();
    localStorage.removeItem(THEME_KEY);
  });

  it('the index links to each demo page, and its paragraph of terms works', async () => {
    const demo = await openDemo('/demo/index.html');
    const pages = [...demo.doc.querySelectorAll<HTMLAnchorElement>('.demos li > a')].map((a) => a.pathname);
    expect(pages).to.deep.equal(['/demo/article.html', '/demo/glossary.html', '/demo/cms.html', '/demo/theming.html']);
    for (const page of pages) expect((await fetch(page)).ok, page).to.equal(true);
    const tip = await openTip(demo, 'ICS');
    // The index's ICS is dated 7 January 2019: the wording of then, not of today.
    const then = bundledGlossary.lookup({ id: 'ics', asOf: '2019-01-07' });
    expect(part(tip, 'definition')!.textContent).to.equal(then.kind === 'found' && then.sense.definition);
    expect(part(tip, 'definition')!.textContent).not.to.equal(bundledGlossary.byId('ics')!.definition);
    expect(demo.problems).to.deep.equal([]);
  });

  it('the 2019 story: tagged by <ics-autotag>, explained as of its date, linked to the glossary page', async () => {
    const demo = await openDemo('/demo/article.html');
    const published = demo.doc.querySelector<HTMLMetaElement>('meta[property="article:published_time"]')!.content;
    expect(published).to.match(/^2019-/);
    const then = bundledGlossary.lookup({ id: 'ics', asOf: published.slice(0, 10) });
    const tip = await openTip(demo, 'integrated care system');
    expect(part(tip, 'definition')!.textContent).to.equal(then.kind === 'found' && then.sense.definition);
    expect(part(tip, 'definition')!.textContent).not.to.equal(bundledGlossary.byId('ics')!.definition);
    expect(part(tip, 'change-note')!.textContent).to.contain('1 July 2022');
    expect(part(tip, 'more-link')!.getAttribute('href')).to.equal('glossary.html#ics');
    // Tagged where it first appears, never in the headline.
    expect(demo.doc.querySelector('ics-autotag ics-term[term="ics"]')).to.equal(await termNamed(demo, 'integrated care system'));
    expect(demo.doc.querySelector('h1 ics-term, h2 ics-term')).to.equal(null);
    expect(demo.problems).to.deep.equal([]);
  });

  it('the story\'s "More in the glossary" link opens the entry on the glossary page, highlighted', async () => {
    const story = await openDemo('/demo/article.html');
    const href = part(await openTip(story, 'integrated care system'), 'more-link')!.getAttribute('href')!;
    const target = new URL(href, story.win.location.href);
    removePages();
    const demo = await openDemo(target.pathname + target.hash);
    const root = await glossaryIn(demo);
    await waitUntil(() => root.querySelector('#ics')?.getAttribute('part') === 'entry highlighted', 'the ICS entry highlighted');
    const entry = root.querySelector('#ics')!.getBoundingClientRect();
    expect(entry.top, 'scrolled to the entry').to.be.within(0, demo.win.innerHeight / 2);
    expect(root.activeElement?.id).to.equal('ics--heading');
    expect(demo.problems).to.deep.equal([]);
  });

  it('the glossary page: typing in the search box filters the list', async () => {
    const demo = await openDemo('/demo/glossary.html');
    const root = await glossaryIn(demo);
    const total = bundledGlossary.entries.length;
    expect(part(root, 'count')!.textContent).to.equal(`${total} of ${total} terms`);
    const input = part(root, 'search-input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'board' });
    await waitUntil(() => part(root, 'count')!.textContent !== `${total} of ${total} terms`, 'the count follows');
    const shown = [...root.querySelectorAll<HTMLElement>('article[part~="entry"]')].filter((a) => a.checkVisibility());
    expect(part(root, 'count')!.textContent).to.equal(`${shown.length} of ${total} terms`);
    expect(shown.length).to.be.within(1, total - 1);
    for (const entry of shown) expect(entry.textContent!.toLowerCase()).to.contain('board');
    expect(demo.problems).to.deep.equal([]);
  });

  it('the glossary page takes its first search from ?q=', async () => {
    const demo = await openDemo('/demo/glossary.html?q=partnership');
    const root = await glossaryIn(demo);
    expect((part(root, 'search-input') as HTMLInputElement).value).to.equal('partnership');
    expect(part(root, 'count')!.textContent).to.match(/^\d+ of \d+ terms$/);
    expect(part(root, 'count')!.textContent).not.to.contain(`${bundledGlossary.entries.length} of`);
    expect(demo.problems).to.deep.equal([]);
  });

  it('the CMS page: served under the strict CSP, with the custom glossary from its file and inline data', async () => {
    const csp = (await fetch('/demo/cms.html')).headers.get('content-security-policy');
    expect(csp).to.contain("script-src 'self'").and.to.contain("style-src 'self'");
    expect(csp).to.contain("require-trusted-types-for 'script'").and.to.contain('trusted-types cms');
    const custom = (await (await fetch('/demo/cms-glossary.json')).json()) as { entries: Array<{ id: string; definition: string }> };
    const definitionOf = (id: string) => custom.entries.find((e) => e.id === id)!.definition;

    const demo = await openDemo('/demo/cms.html');
    // Only files: no inline script or style (the JSON data block is data, which CSP does not govern).
    expect(demo.doc.querySelectorAll('script:not([src]):not([type="application/json"]), style, [style]')).to.have.length(0);
    const nhcp = await openTip(demo, 'NHCP');
    expect(part(nhcp, 'definition')!.textContent).to.equal(definitionOf('nhcp'));
    expect(part(nhcp, 'more-link')!.getAttribute('href')).to.equal('#nhcp');
    expect(part(await openTip(demo, 'NHS Northshire ICB'), 'definition')!.textContent).to.equal(definitionOf('icb'));
    expect(part(await openTip(demo, 'virtual ward'), 'definition')!.textContent).to.contain('Hospital care at home');
    expect(part(await openTip(demo, 'ICS'), 'definition')!.textContent).to.equal(bundledGlossary.byId('ics')!.definition);
    // The page's own glossary lists the custom entries with the bundled ones.
    const root = await glossaryIn(demo);
    await waitUntil(() => root.querySelector('#nhcp') && root.querySelector('#virtual-ward'), 'custom entries listed');
    expect(demo.problems).to.deep.equal([]);
  });

  it('theming: the dark-mode switch, a dark section, and brand colours through --ics-* and ::part()', async () => {
    const demo = await openDemo('/demo/theming.html');
    const { win, doc } = demo;
    const night = win.getComputedStyle(await openTip(demo, 'ICS')).backgroundColor;
    expect(night, 'a dark tooltip in the dark section').to.equal(DARK_TOOLTIP);

    const brand = await openTip(demo, 'ICP');
    expect(win.getComputedStyle(brand).backgroundColor).to.equal('rgb(0, 94, 184)');
    expect(win.getComputedStyle(brand).borderRadius).to.equal('0px');
    const size = (el: Element) => parseFloat(win.getComputedStyle(el).fontSize);
    expect(size(part(brand, 'heading')!)).to.be.closeTo(size(brand) * 1.1, 0.1);

    // Without a choice the page follows the system (WebKit's run is on a dark-mode system); the
    // switch then turns page and tooltip to the other scheme and back.
    const toggle = doc.querySelector<HTMLButtonElement>('.theme-switch')!;
    const systemDark = win.matchMedia('(prefers-color-scheme: dark)').matches;
    expect(toggle.getAttribute('aria-pressed')).to.equal(String(systemDark));
    const backgrounds = new Set([win.getComputedStyle(doc.body).backgroundColor]);
    for (const theme of systemDark ? ['light', 'dark'] : ['dark', 'light']) {
      toggle.click();
      expect(doc.documentElement.dataset.theme).to.equal(theme);
      expect(toggle.getAttribute('aria-pressed')).to.equal(String(theme === 'dark'));
      backgrounds.add(win.getComputedStyle(doc.body).backgroundColor);
      const tip = await openTip(demo, 'ICB');
      expect(win.getComputedStyle(tip).backgroundColor, `the tooltip follows the switch to ${theme}`).to.equal(
        theme === 'dark' ? DARK_TOOLTIP : LIGHT_TOOLTIP,
      );
    }
    expect(backgrounds.size, 'the page changes with the switch').to.equal(2);
    expect(demo.problems).to.deep.equal([]);
  });

  for (const page of ['index', 'article', 'glossary', 'cms', 'theming']) {
    it(`${page}.html fits a 320 px screen without sideways scrolling`, async () => {
      const demo = await openDemo(`/demo/${page}.html`, 320, 640);
      await settled(demo);
      expect(demo.doc.documentElement.scrollWidth).to.be.at.most(demo.win.innerWidth);
      expect(demo.problems).to.deep.equal([]);
    });

    it(`${page}.html passes axe, light and dark`, async function () {
      // axe reads the whole page twice: on a busy two-core machine, past mocha's ten seconds in WebKit.
      this.timeout(30000);
      const demo = await openDemo(`/demo/${page}.html`);
      await settled(demo);
      const violations = await loadAxe(demo);
      expect(await violations(), 'light').to.deep.equal([]);
      demo.doc.documentElement.dataset.theme = 'dark';
      expect(await violations(), 'dark').to.deep.equal([]);
      expect(demo.problems).to.deep.equal([]);
    });
  }
});
