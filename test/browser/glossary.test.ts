import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia as emulateMediaType, sendKeys } from '@web/test-runner-commands';
import { bundledGlossary } from '../../src/bundled.js';
import { IcsGlossary } from '../../src/elements/glossary/ics-glossary.js';
import { IcsTerm } from '../../src/elements/term/ics-term.js';
import { loadGlossary } from '../../src/model/load.js';
import type { Entry } from '../../src/model/types.js';
import { anchorOf, axFind, axTree, emulateMedia, engine, itIn, waitShown } from '../support/helpers.js';

if (!customElements.get('ics-glossary')) customElements.define('ics-glossary', IcsGlossary);
if (!customElements.get('ics-term')) customElements.define('ics-term', IcsTerm);

const TOTAL = bundledGlossary.entries.length;
const startUrl = location.pathname + location.search;

const $ = <T extends Element = HTMLElement>(el: IcsGlossary, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
const $$ = <T extends Element = HTMLElement>(el: IcsGlossary, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
];
const entry = (el: IcsGlossary, id: string) => $(el, `[id="${id}"]`)!;
const input = (el: IcsGlossary) => $<HTMLInputElement>(el, 'input[type="search"]')!;
const count = (el: IcsGlossary) => $(el, '[role="status"]')!.textContent!.trim();
/** The entries a reader sees on screen. */
const shownIds = (el: IcsGlossary) => $$(el, 'article[part~="entry"]').filter((a) => a.checkVisibility()).map((a) => a.id);
const focused = (el: IcsGlossary) => el.shadowRoot!.activeElement as HTMLElement | null;
const inViewport = (node: Element) => {
  const r = node.getBoundingClientRect();
  return r.top >= 0 && r.top < innerHeight && r.bottom > 0;
};

async function typeQuery(el: IcsGlossary, text: string): Promise<void> {
  input(el).focus();
  input(el).select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

function testEntry(fields: Pick<Entry, 'id' | 'term'> & Partial<Entry>): Entry {
  return { definition: `About ${fields.term}.`, category: 'concept', status: 'current', sources: [{ seed: 'x.txt' }], ...fields };
}

afterEach(async () => {
  history.replaceState(null, '', startUrl);
  (document.activeElement as HTMLElement | null)?.blur();
  scrollTo(0, 0);
});

const inChromiumTree = itIn(['chromium'], 'CDP accessibility tree');
const emulating = itIn(['chromium'], 'CDP media emulation');

describe('<ics-glossary> listing', () => {
  it('is defined and lists every entry of the bundled glossary, counted', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    expect(customElements.get('ics-glossary')).to.equal(IcsGlossary);
    expect(shownIds(el)).to.have.members(bundledGlossary.entries.map((e) => e.id));
    expect(count(el)).to.equal(`${TOTAL} of ${TOTAL} terms`);
  });

  it('lists a custom glossary set as a property, as a benchmark does with 500 entries', async () => {
    const entries = Array.from({ length: 500 }, (_, i) => testEntry({ id: `term-${i}`, term: `Term ${i}` }));
    const el = await fixture<IcsGlossary>(html`<ics-glossary .glossary=${loadGlossary(entries)}></ics-glossary>`);
    expect(shownIds(el)).to.have.length(500);
    await typeQuery(el, 'term 49');
    const expected = entries.filter((e) => e.term.includes('49')).map((e) => e.id);
    expect(expected).to.have.length(15);
    expect(shownIds(el)).to.have.members(expected);
    expect(count(el)).to.equal('15 of 500 terms');
  });

  it('renders a long glossary in batches, one per frame, and all of it before printing', async () => {
    const entries = Array.from({ length: 500 }, (_, i) => testEntry({ id: `term-${i}`, term: `Term ${i}` }));
    const articles = (el: IcsGlossary) => $$(el, 'article').length;
    const el = document.createElement('ics-glossary');
    el.glossary = loadGlossary(entries);
    document.body.append(el);
    try {
      const [first, printed] = await new Promise<number[]>((resolve) =>
        requestAnimationFrame(async () => {
          const before = articles(el);
          window.dispatchEvent(new Event('beforeprint'));
          // Microtasks only: no frame can pass, so only beforeprint can have rendered the rest.
          for (let i = 0; i < 10; i++) await Promise.resolve();
          resolve([before, articles(el)]);
        }),
      );
      expect(first).to.be.greaterThan(0).and.lessThan(500);
      expect(printed).to.equal(500);
    } finally {
      el.remove();
    }
    const batched = await fixture<IcsGlossary>(html`<ics-glossary .glossary=${loadGlossary(entries)}></ics-glossary>`);
    expect(articles(batched), 'updateComplete waits for every batch').to.equal(500);
  });

  it('shows an entry’s heading, definition, status, dated history, related links and sources', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    const icb = bundledGlossary.byId('icb')!;
    const article = entry(el, 'icb');
    const heading = article.querySelector('[role="heading"]')!;
    expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal('ICB integrated care board');
    expect(article.querySelector('[part~="definition"]')!.textContent).to.equal(icb.definition);
    expect(article.querySelector('[part~="status"]')!.textContent).to.contain('Current').and.contain('1 July 2022');
    const times = [...article.querySelectorAll('[part~="timeline"] li time')];
    expect(times).to.have.length(icb.timeline!.length);
    expect(times[0]!.getAttribute('datetime')).to.equal(icb.timeline![0]!.date);
    expect(times[0]!.textContent).to.match(/^(\d{1,2} )?[A-Z][a-z]+ \d{4}$|^\d{4}$/);
    const related = [...article.querySelectorAll<HTMLAnchorElement>('[part~="related-link"]')];
    expect(related.map((a) => a.getAttribute('href'))).to.include('#ics');
    const links = [...article.querySelectorAll<HTMLAnchorElement>('[part~="source"] a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.rel).to.equal('noopener');
      expect(a.href).to.match(/^https?:/);
    }
  });

  it('lists only the ids named in terms, and links only to related entries it lists', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary terms="icb, ics ccg"></ics-glossary>`);
    expect(shownIds(el)).to.have.members(['icb', 'ics', 'ccg']);
    const hrefs = $$<HTMLAnchorElement>(el, '[part~="related-link"]').map((a) => a.getAttribute('href'));
    expect(hrefs.length).to.be.greaterThan(0);
    for (const href of hrefs) expect(['#icb', '#ics', '#ccg']).to.include(href);
  });

  it('groups the senses of one term under one heading, each with its own anchor', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    const group = entry(el, 'icp-partnership').closest('[part~="group"]')!;
    expect(group.querySelector('[part~="group-heading"]')!.textContent!.trim()).to.equal('ICP');
    const senses = [...group.querySelectorAll('article')].map((a) => a.id);
    expect(senses).to.deep.equal(['icp-partnership', 'icp-provider']);
    const sections = entry(el, 's75-nhs-act').closest('[part~="group"]')!;
    const headings = [...sections.querySelectorAll('article [role="heading"]')].map((h) => h.textContent!.trim());
    expect(new Set(headings).size, 'senses without an expansion are still told apart').to.equal(2);
  });

  it('uses heading-level for terms and one below for senses', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary heading-level="3"></ics-glossary>`);
    expect(entry(el, 'icb').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const group = entry(el, 'icp-partnership').closest('[part~="group"]')!;
    expect(group.querySelector('[part~="group-heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(entry(el, 'icp-partnership').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    const def = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    expect(entry(def, 'icb').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
  });

  inChromiumTree('names its headings for the accessibility tree', async () => {
    await fixture<IcsGlossary>(html`<ics-glossary heading-level="3"></ics-glossary>`);
    const names = (await axTree()).filter((n) => n.role === 'heading').map((n) => n.name);
    expect(names).to.include('ICP').and.include('ICB integrated care board');
  });

  it('gives definitions as of the as-of date, with a note of what changed since', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary as-of="2019-01-07"></ics-glossary>`);
    const ics = bundledGlossary.byId('ics')!;
    const then = ics.earlier!.find((e) => e.until > '2019-01-07')!.definition;
    expect(entry(el, 'ics').querySelector('[part~="definition"]')!.textContent).to.equal(then);
    expect(entry(el, 'ics').querySelector('[part~="change-note"]')!.textContent).to.contain('Current from 1 July 2022.');
    expect($(el, '[part~="as-of"]')!.textContent!.trim()).to.equal('As of 7 January 2019');
    const today = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    expect(entry(today, 'ics').querySelector('[part~="definition"]')!.textContent).to.equal(ics.definition);
    expect(entry(today, 'ics').querySelector('[part~="change-note"]')).to.equal(null);
  });
});

describe('<ics-glossary> search and filters', () => {
  it('filters as the reader types, ignoring case, and keeps focus in the same search box', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    const box = input(el);
    const pcn = entry(el, 'pcn');
    await typeQuery(el, 'Integrated Care');
    const upper = shownIds(el);
    expect(upper).not.to.include('pcn');
    expect(upper).to.include('ics').and.include('icb');
    expect(upper.length).to.be.lessThan(TOTAL);
    expect(focused(el)).to.equal(box);
    expect(input(el)).to.equal(box);
    await typeQuery(el, 'integrated care');
    expect(shownIds(el)).to.deep.equal(upper);
    expect(entry(el, 'pcn'), 'entries are hidden, not rebuilt').to.equal(pcn);
    expect(count(el)).to.equal(`${upper.length} of ${TOTAL} terms`);
    for (const id of upper) {
      const text = entry(el, id).textContent!.toLowerCase();
      expect(text, id).to.contain('integrated').and.contain('care');
    }
  });

  it('matches across term, expansion, aliases and definition', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    await typeQuery(el, 'section 75 agreement'); // an alias
    expect(shownIds(el)).to.deep.equal(['s75-nhs-act']);
    await typeQuery(el, 'clinical commissioning group'); // an expansion
    expect(shownIds(el)).to.include('ccg');
  });

  it('ignores accents in the text and in the query', async () => {
    const glossary = loadGlossary([
      testEntry({ id: 'cafe', term: 'Café model', definition: 'Soins intégrés in a café setting.' }),
      testEntry({ id: 'plain', term: 'Plain', definition: 'Nothing to see.' }),
    ]);
    const el = await fixture<IcsGlossary>(html`<ics-glossary .glossary=${glossary}></ics-glossary>`);
    await typeQuery(el, 'cafe');
    expect(shownIds(el)).to.deep.equal(['cafe']);
    expect($$(el, '#cafe mark').map((m) => m.textContent)).to.deep.equal(['Café', 'café']);
    await typeQuery(el, 'INTEGRES');
    expect($$(el, '#cafe mark').map((m) => m.textContent)).to.deep.equal(['intégrés']);
    const bundled = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    await typeQuery(bundled, 'intégrated care board');
    expect(shownIds(bundled)).to.include('icb');
  });

  it('highlights matches with <mark> built from text, never markup', async () => {
    const glossary = loadGlossary([
      testEntry({ id: 'x', term: 'XSS', definition: 'Never render <b>bold</b> or <img src=x onerror="window.pwned=1"> from data.' }),
    ]);
    const el = await fixture<IcsGlossary>(html`<ics-glossary .glossary=${glossary}></ics-glossary>`);
    await typeQuery(el, '<b>bold</b>');
    expect($$(el, '#x mark').map((m) => m.textContent)).to.deep.equal(['<b>bold</b>']);
    expect($$(el, 'b, img')).to.have.length(0);
    expect($(el, '#x [part~="definition"]')!.textContent).to.equal(glossary.entries[0]!.definition);
    const bundled = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    await typeQuery(bundled, 'board ICB');
    const marks = [...entry(bundled, 'icb').querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).to.include('ICB').and.include('board');
    await typeQuery(bundled, '');
    expect($$(bundled, 'mark')).to.have.length(0);
  });

  it('says when no terms match, in the live region', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    const status = $(el, '[part~="count"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    await typeQuery(el, 'zzzzqx');
    expect(shownIds(el)).to.have.length(0);
    expect(count(el)).to.equal('No terms match');
    expect(status.checkVisibility()).to.equal(true);
  });

  it('takes its first query from the search attribute, or from ?q= with search-param', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary search="CCG"></ics-glossary>`);
    expect(input(el).value).to.equal('CCG');
    expect(shownIds(el)).to.include('ccg').and.not.include('ics');
    const params = new URLSearchParams(location.search);
    params.set('q', 'Healthwatch');
    history.replaceState(null, '', `${location.pathname}?${params}`);
    const fromUrl = await fixture<IcsGlossary>(html`<ics-glossary search-param="q"></ics-glossary>`);
    expect(input(fromUrl).value).to.equal('Healthwatch');
    expect(shownIds(fromUrl)).to.include('healthwatch').and.not.include('ics');
  });

  it('filters by a category chosen from those present', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    const select = $<HTMLSelectElement>(el, 'select')!;
    const present = new Set(bundledGlossary.entries.map((e) => e.category));
    expect([...select.options].slice(1).map((o) => o.value)).to.have.members([...present]);
    select.value = 'law';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const laws = bundledGlossary.entries.filter((e) => e.category === 'law').map((e) => e.id);
    expect(shownIds(el)).to.have.members(laws);
    expect(count(el)).to.equal(`${laws.length} of ${TOTAL} terms`);
    const preset = await fixture<IcsGlossary>(html`<ics-glossary category="law"></ics-glossary>`);
    expect(shownIds(preset)).to.have.members(laws);
    expect($<HTMLSelectElement>(preset, 'select')!.value).to.equal('law');
  });
});

describe('<ics-glossary> A–Z', () => {
  it('links the letters that have terms, and shows the others as unavailable, not struck through', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    const letters = $$(el, '[part~="letters"] li > *');
    const a = letters.find((l) => l.textContent!.trim() === 'A')!;
    const e = letters.find((l) => l.textContent!.trim() === 'E')!;
    expect(a.getAttribute('href')).to.equal('#letter-a');
    expect(e.hasAttribute('href')).to.equal(false);
    expect(e.getAttribute('aria-disabled')).to.equal('true');
    const [on, off] = [getComputedStyle(a), getComputedStyle(e)];
    expect(off.textDecorationLine, 'no strike-through').to.equal('none');
    expect(off.color, 'muted').not.to.equal(on.color);
    expect(letters.map((l) => l.textContent!.trim()).slice(-26).join('')).to.equal('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    await typeQuery(el, 'healthwatch');
    const after = $$(el, '[part~="letters"] li > *');
    expect(after.filter((l) => l.hasAttribute('href')).map((l) => l.textContent!.trim())).to.deep.equal(['H']);
  });

  itIn(['chromium', 'firefox'], 'accessibility tree through CDP or WebDriver BiDi')(
    'gives an unavailable letter to the accessibility tree as a link, disabled where Chromium says so',
    async () => {
      await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
      expect((await axFind('link', 'E')).map((f) => f.part)).to.deep.equal(['letter disabled']);
      if (engine === 'chromium') {
        const node = (await axTree()).find((n) => n.role === 'link' && n.name === 'E');
        expect(node?.disabled).to.equal(true);
      }
    },
  );

  it('jumps to a letter by keyboard', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    const p = $<HTMLAnchorElement>(el, '[part~="letters"] a[href="#letter-p"]')!;
    p.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.closest('[id]')?.id === 'letter-p', 'focus on the letter P');
    expect(location.hash).to.equal('#letter-p');
    expect(inViewport(entry(el, 'letter-p'))).to.equal(true);
    // Again, once the reader has scrolled away: the URL is unchanged, so no hashchange will come.
    scrollTo(0, 0);
    p.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inViewport(entry(el, 'letter-p')), 'back at the letter P');
  });
});

describe('<ics-glossary> deep links', () => {
  it('scrolls to, highlights and focuses the entry named in the URL when the page opens', async () => {
    history.replaceState(null, '', `${startUrl}#icb`);
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    await waitUntil(() => focused(el)?.id === 'icb--heading', 'focus on the ICB heading');
    const article = entry(el, 'icb');
    expect(article.getAttribute('part')).to.equal('entry highlighted');
    expect(scrollY).to.be.greaterThan(0);
    expect(inViewport(article)).to.equal(true);
    expect(entry(el, 'ics').getAttribute('part')).to.equal('entry');
  });

  it('does the same when it is added to the page later, and when its glossary arrives later', async () => {
    history.replaceState(null, '', `${startUrl}#ccg`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const el = document.createElement('ics-glossary');
    el.glossary = loadGlossary([testEntry({ id: 'other', term: 'Other' })]);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(focused(el)).to.equal(null);
      el.glossary = bundledGlossary;
      await waitUntil(() => focused(el)?.id === 'ccg--heading', 'focus on the CCG heading');
      expect(inViewport(entry(el, 'ccg'))).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('is where a term’s "More in the glossary" link leads', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><p><ics-term glossary-href="#{id}">ICB</ics-term></p><ics-glossary></ics-glossary></div>`,
    );
    const term = page.querySelector('ics-term')!;
    const el = page.querySelector('ics-glossary')!;
    anchorOf(term).focus();
    const tip = await waitShown(term);
    tip.querySelector<HTMLAnchorElement>('[part~="more-link"]')!.click();
    await waitUntil(() => focused(el)?.id === 'icb--heading', 'focus on the ICB entry');
    expect(inViewport(entry(el, 'icb'))).to.equal(true);
  });

  it('follows hash changes and shows an entry the filter hid', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary search="ICB"></ics-glossary>`);
    expect(shownIds(el)).not.to.include('pcn');
    location.hash = 'pcn';
    await waitUntil(() => focused(el)?.id === 'pcn--heading', 'focus on the PCN heading');
    expect(entry(el, 'pcn').checkVisibility()).to.equal(true);
    expect(input(el).value).to.equal('');
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'law';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    location.hash = 'icb';
    await waitUntil(() => focused(el)?.id === 'icb--heading', 'focus on the ICB heading');
    expect(select.value).to.equal('');
    expect(shownIds(el)).to.have.length(TOTAL);
  });

  it('follows a related link, and Back returns to the link the reader left', async () => {
    history.replaceState(null, '', `${startUrl}#ics`);
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    await waitUntil(() => focused(el)?.id === 'ics--heading', 'focus on the ICS heading');
    const link = entry(el, 'ics').querySelector<HTMLAnchorElement>('a[href="#ccg"], a[href="#icb"]')!;
    const target = link.getAttribute('href')!.slice(1);
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === `${target}--heading`, 'focus on the related entry');
    expect(location.hash).to.equal(`#${target}`);
    expect(entry(el, target).getAttribute('part')).to.equal('entry highlighted');
    expect(inViewport(link)).to.equal(false);
    history.back();
    await waitUntil(() => focused(el) === link, 'focus back on the link');
    expect(location.hash).to.equal('#ics');
    expect(inViewport(link)).to.equal(true);
    expect(entry(el, 'ics').getAttribute('part')).to.equal('entry highlighted');
  });
});

describe('<ics-glossary> accessibility, themes and print', () => {
  afterEach(async () => {
    if (engine !== 'chromium') return;
    await emulateMedia([]);
    await emulateMediaType({ media: 'screen' });
  });

  inChromiumTree('is a labelled region with a search landmark', async () => {
    await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    const tree = await axTree();
    expect(tree.some((n) => n.role === 'region' && n.name === 'Glossary')).to.equal(true);
    expect(tree.some((n) => n.role === 'search')).to.equal(true);
    expect(tree.some((n) => n.role === 'searchbox' && n.name === 'Search terms')).to.equal(true);
    expect(tree.some((n) => n.role === 'combobox' && n.name === 'Category')).to.equal(true);
  });

  it('passes axe, and again once filtered', async function () {
    // axe reads every entry twice: past mocha's ten seconds in Firefox and WebKit on a busy machine.
    this.timeout(30000);
    const el = await fixture<IcsGlossary>(html`<ics-glossary></ics-glossary>`);
    await expect(el).to.be.accessible();
    await typeQuery(el, 'care');
    await expect(el).to.be.accessible();
  });

  it('passes axe with other heading levels and with a date', async function () {
    // As above: every entry, read by axe.
    this.timeout(30000);
    const el = await fixture<IcsGlossary>(html`<ics-glossary heading-level="6" as-of="2019-01-07"></ics-glossary>`);
    await expect(el).to.be.accessible();
  });

  emulating('turns dark with the reader’s preference on a page that supports it, and passes axe', async () => {
    await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const page = await fixture<HTMLElement>(
      html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText"><ics-glossary></ics-glossary></div>`,
    );
    const el = page.querySelector('ics-glossary')!;
    const link = $(el, '[part~="related-link"]')!;
    expect(getComputedStyle(link).color).to.equal('rgb(143, 195, 255)');
    await expect(page).to.be.accessible();
    const light = await fixture<HTMLElement>(html`<div style="background: #fff"><ics-glossary></ics-glossary></div>`);
    const lightLink = $(light.querySelector('ics-glossary')!, '[part~="related-link"]')!;
    expect(getComputedStyle(lightLink).color, 'a light-only page keeps dark links').to.equal('rgb(29, 112, 184)');
  });

  emulating('uses system colours for matches in forced-colors mode', async () => {
    await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
    const el = await fixture<IcsGlossary>(html`<ics-glossary search="ICB"></ics-glossary>`);
    const probe = document.createElement('span');
    probe.style.background = 'Mark';
    document.body.append(probe);
    try {
      expect(getComputedStyle($(el, 'mark')!).backgroundColor).to.equal(getComputedStyle(probe).backgroundColor);
    } finally {
      probe.remove();
    }
  });

  emulating('prints every entry, without the search controls, even when filtered', async () => {
    const el = await fixture<IcsGlossary>(html`<ics-glossary search="ICB"></ics-glossary>`);
    expect(entry(el, 'pcn').checkVisibility()).to.equal(false);
    await emulateMediaType({ media: 'print' });
    expect(shownIds(el)).to.have.length(TOTAL);
    expect($(el, '[part~="controls"]')!.checkVisibility()).to.equal(false);
    expect($(el, '[part~="letters"]')!.checkVisibility()).to.equal(false);
    await emulateMediaType({ media: 'screen' });
    expect(entry(el, 'pcn').checkVisibility()).to.equal(false);
  });

  it('can be used with the keyboard alone: search, category, letters, then entries', async () => {
    const page = await fixture<HTMLElement>(html`<div><button>before</button><ics-glossary></ics-glossary></div>`);
    const el = page.querySelector('ics-glossary')!;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(input(el));
    await sendKeys({ type: 'healthwatch' });
    await el.updateComplete;
    expect(shownIds(el)).to.include('healthwatch').and.not.include('ics');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.localName).to.equal('select');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent).to.equal('H');
  });
});
