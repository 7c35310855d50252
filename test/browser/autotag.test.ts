import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { bundledGlossary } from '../../src/bundled.js';
import { autotag, type AutotagOptions } from '../../src/tag/dom.js';
import { loadGlossary } from '../../src/model/load.js';
import { fixtureData, fixtureGlossary } from '../fixtures/glossary.js';

/** A container with `markup`, tagged with the test glossary. */
async function tagged(markup: string, options: AutotagOptions = {}) {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  root.innerHTML = markup;
  const handle = autotag(root, { glossary: fixtureGlossary, ...options });
  return { root, handle };
}

const terms = (root: ParentNode) =>
  [...root.querySelectorAll('ics-term')].map((t) => `${t.textContent}=${t.getAttribute('term') ?? ''}`);

describe('autotag: matching', () => {
  it('wraps a term in <ics-term> whose text is exactly the matched text, with the entry id', async () => {
    const { root, handle } = await tagged('<p>The ICB met.</p>');
    expect(root.innerHTML).to.equal('<p>The <ics-term term="icb">ICB</ics-term> met.</p>');
    expect(handle.count).to.equal(1);
  });

  it('creates unregistered ics-term elements with the document, without importing the element', async () => {
    const { root } = await tagged('<p>ICB</p>');
    const term = root.querySelector('ics-term')!;
    expect(term.ownerDocument).to.equal(document);
    expect(customElements.get('ics-term')).to.equal(undefined);
  });

  it('matches whole words only, acronyms in their case and phrases in any case', async () => {
    const { root } = await tagged('<p>xICB ICBx icb Icb. Integrated Care Board</p>');
    expect(terms(root)).to.deep.equal(['Integrated Care Board=icb']);
  });

  it('plurals, possessives, curly apostrophes, hyphens and line breaks inside phrases, slash forms', async () => {
    const { root } = await tagged(
      "<p>ICSs, ICB’s, STPs', CCGs, NHSE/I, place based\n  partnership, the long-term plan</p>",
    );
    expect(terms(root)).to.deep.equal([
      'ICSs=ics',
      'ICB’s=icb',
      "STPs'=stp",
      'CCGs=ccg',
      'NHSE/I=nhsei',
      'place based\n  partnership=place-based-partnership',
      'long-term plan=ltp',
    ]);
  });

  it('the longest match wins', async () => {
    const { root } = await tagged('<p>the integrated care board, then integrated care</p>');
    expect(terms(root)).to.deep.equal(['integrated care board=icb', 'integrated care=integrated-care']);
  });

  it('leaves entries with autotag: false alone', async () => {
    const { root } = await tagged('<p>This place is in an ICS.</p>');
    expect(terms(root)).to.deep.equal(['ICS=ics']);
  });

  it('leaves term off when the form has several senses, so the element resolves them by text and date', async () => {
    const { root } = await tagged('<p>The ICP.</p>');
    expect(root.innerHTML).to.equal('<p>The <ics-term>ICP</ics-term>.</p>');
  });

  it('tags an alias thousands of characters long, from a custom glossary, without overflowing the stack', async () => {
    const alias = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ').slice(0, 3000).trim();
    const glossary = loadGlossary({ entries: [{ ...fixtureData.entries[0]!, aliases: [alias] }] });
    const { root } = await tagged(`<p>${alias} and the ICS</p>`, { glossary, firstOnly: false });
    expect(terms(root)).to.deep.equal([`${alias}=ics`, 'ICS=ics']);
  });

  it('does not match a phrase across elements', async () => {
    const { root } = await tagged('<p>integrated <b>care board</b></p>');
    expect(terms(root)).to.deep.equal([]);
  });
});

describe('autotag: options', () => {
  it('firstOnly is on by default, counting every form and every sense of an entry', async () => {
    const { root, handle } = await tagged('<p>ICB, ICBs and the integrated care board. ICP, ICP contract.</p>');
    expect(terms(root)).to.deep.equal(['ICB=icb', 'ICP=']);
    expect(handle.count).to.equal(2);
  });

  it('firstOnly: false tags every appearance', async () => {
    const { root, handle } = await tagged('<p>ICB, ICBs</p><p>ICB</p>', { firstOnly: false });
    expect(terms(root)).to.deep.equal(['ICB=icb', 'ICBs=icb', 'ICB=icb']);
    expect(handle.count).to.equal(3);
  });

  it('skips links, buttons, headings, code, pre, kbd, samp, scripts, form fields, editors, terms and [data-ics-skip]', async () => {
    const skipped = [
      '<a href="#">ICB</a>',
      '<button>ICB</button>',
      '<h1>ICB</h1>',
      '<h3>ICB</h3>',
      '<h6>ICB</h6>',
      '<code>ICB</code>',
      '<pre>ICB</pre>',
      '<kbd>ICB</kbd>',
      '<samp>ICB</samp>',
      '<script>"ICB"</script>',
      '<style>.ICB{}</style>',
      '<template>ICB</template>',
      '<textarea>ICB</textarea>',
      '<select><option>ICB</option></select>',
      '<div contenteditable="">ICB</div>',
      '<ics-term>ICB</ics-term>',
      '<div data-ics-skip=""><p><em>ICB</em></p></div>',
    ];
    for (const markup of skipped) {
      const { root } = await tagged(`${markup}<p>ICS</p>`);
      expect(root.innerHTML, markup).to.equal(`${markup}<p><ics-term term="ics">ICS</ics-term></p>`);
    }
  });

  it('tags nothing when the root itself is inside skipped content', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div data-ics-skip><p>ICB</p></div>`);
    const handle = autotag(outer.querySelector('p')!, { glossary: fixtureGlossary });
    expect(handle.count).to.equal(0);
    expect(outer.querySelector('ics-term')).to.equal(null);
  });

  it('exclude replaces the default (headings and code) but links and the like stay skipped', async () => {
    const { root } = await tagged('<h2>ICB</h2><section class="aside"><p>ICS</p></section><a href="#">ICP</a><p>CCG</p>', {
      exclude: '.aside',
    });
    expect(terms(root)).to.deep.equal(['ICB=icb', 'CCG=ccg']);
  });

  it('throws for an invalid exclude selector before changing anything', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><p>ICB</p></div>`);
    expect(() => autotag(root, { glossary: fixtureGlossary, exclude: 'p[' })).to.throw(DOMException);
    expect(root.innerHTML).to.equal('<p>ICB</p>');
  });

  it('terms limits the entries tagged and names the one sense allowed', async () => {
    const { root } = await tagged('<p>ICB, ICS and ICP</p>', { terms: ['ics', 'icp-provider'] });
    expect(terms(root)).to.deep.equal(['ICS=ics', 'ICP=icp-provider']);
  });

  it('asOf becomes the as-of attribute of every new term', async () => {
    const { root } = await tagged('<p>ICB and ICS</p>', { asOf: '2019-01-07' });
    expect([...root.querySelectorAll('ics-term')].map((t) => t.getAttribute('as-of'))).to.deep.equal(['2019-01-07', '2019-01-07']);
  });

  it('uses the bundled glossary by default', async () => {
    const markup = '<p>The ICB, the ICS and NHS England.</p>';
    const a = await fixture<HTMLDivElement>(html`<div></div>`);
    const b = await fixture<HTMLDivElement>(html`<div></div>`);
    a.innerHTML = markup;
    b.innerHTML = markup;
    autotag(a);
    autotag(b, { glossary: bundledGlossary });
    expect(a.innerHTML).to.equal(b.innerHTML);
    expect(a.querySelector('ics-term[term="icb"]')).to.exist;
  });

  it('counts terms already on the page, so tagging twice adds nothing', async () => {
    const { root } = await tagged('<p><ics-term>ICB</ics-term> and ICB</p>');
    expect(root.querySelectorAll('ics-term').length).to.equal(1);
    const once = root.innerHTML;
    expect(autotag(root, { glossary: fixtureGlossary }).count).to.equal(0);
    expect(root.innerHTML).to.equal(once);
    const all = await tagged('<p>ICB and ICB</p>', { firstOnly: false });
    expect(autotag(all.root, { glossary: fixtureGlossary, firstOnly: false }).count).to.equal(0);
    expect(all.root.querySelectorAll('ics-term').length).to.equal(2);
  });

  it('tags a document fragment or a whole document', async () => {
    const template = document.createElement('template');
    template.innerHTML = '<p>ICB</p>';
    autotag(template.content, { glossary: fixtureGlossary });
    expect(template.innerHTML).to.equal('<p><ics-term term="icb">ICB</ics-term></p>');
    const doc = new DOMParser().parseFromString('<title>ICB</title><p>ICB</p>', 'text/html');
    autotag(doc, { glossary: fixtureGlossary });
    expect(doc.documentElement.outerHTML).to.equal(
      '<html><head><title>ICB</title></head><body><p><ics-term term="icb">ICB</ics-term></p></body></html>',
    );
  });
});

describe('autotag: the host page survives', () => {
  it('keeps the text, and every element with its parent', async () => {
    const markup = '<p>The <b>ICB</b> and <i class="x">ICS’s <span>ICP</span></i> &amp; CCGs<br>integrated\ncare board</p>';
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.innerHTML = markup;
    const text = root.textContent;
    const elements = [...root.querySelectorAll('*')].map((el) => [el, el.parentNode] as const);
    autotag(root, { glossary: fixtureGlossary, firstOnly: false });
    expect(root.querySelectorAll('ics-term').length).to.equal(5);
    expect(root.textContent).to.equal(text);
    for (const [el, parent] of elements) expect(el.parentNode).to.equal(parent);
  });

  it('keeps the page’s text nodes: the matched text moves into the term, it is not copied', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><p>The ICB met</p></div>`);
    const text = root.querySelector('p')!.firstChild as Text;
    autotag(root, { glossary: fixtureGlossary });
    expect(text.data).to.equal('The ');
    expect(text.isConnected).to.equal(true);
    const startsWithTerm = await fixture<HTMLDivElement>(html`<div><p>ICB met</p></div>`);
    const whole = startsWithTerm.querySelector('p')!.firstChild as Text;
    autotag(startsWithTerm, { glossary: fixtureGlossary });
    expect(whole.parentElement!.localName).to.equal('ics-term');
    expect(whole.data).to.equal('ICB');
  });

  it('keeps event listeners', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><p><span>The ICB</span> <button>Go</button></p></div>`);
    let clicks = 0;
    root.querySelector('span')!.addEventListener('click', () => (clicks += 1));
    root.querySelector('button')!.addEventListener('click', () => (clicks += 10));
    autotag(root, { glossary: fixtureGlossary });
    (root.querySelector('ics-term') as HTMLElement).click();
    root.querySelector('button')!.click();
    expect(clicks).to.equal(11);
  });

  it('keeps form state: typed values, checked boxes, selected options, focus', async () => {
    const root = await fixture<HTMLFormElement>(html`<form>
      <p>ICB <input name="a" value="ICB"> ICS</p>
      <label><input type="checkbox" name="b"> CCG</label>
      <select name="c"><option>ICB</option><option>ICS</option></select>
      <textarea name="d">ICB</textarea>
    </form>`);
    const input = root.querySelector<HTMLInputElement>('input[name=a]')!;
    input.value = 'typed ICB';
    root.querySelector<HTMLInputElement>('input[name=b]')!.checked = true;
    root.querySelector('select')!.selectedIndex = 1;
    root.querySelector('textarea')!.value = 'typed ICS';
    input.focus();
    autotag(root, { glossary: fixtureGlossary });
    expect(root.querySelectorAll('ics-term').length).to.equal(2);
    expect(Object.fromEntries(new FormData(root))).to.deep.equal({ a: 'typed ICB', b: 'on', c: 'ICS', d: 'typed ICS' });
    expect(document.activeElement).to.equal(input);
  });

  it('keeps the reader’s selection inside, across and around the words it wraps', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><p>Our ICB and the ICS plan</p><p>more</p></div>`);
    const text = root.querySelector('p')!.firstChild as Text;
    const selection = getSelection()!;
    // Backwards, from inside "ICS" to inside "ICB": direction and both ends must survive.
    selection.setBaseAndExtent(text, 17, text, 5);
    const before = selection.toString();
    autotag(root, { glossary: fixtureGlossary });
    expect(root.querySelectorAll('ics-term').length).to.equal(2);
    expect(selection.toString()).to.equal(before);
    expect(selection.anchorNode!.parentElement!.textContent).to.equal('ICS');
    expect(selection.anchorOffset).to.equal(1);
    expect(selection.focusNode!.parentElement!.textContent).to.equal('ICB');
    expect(selection.focusOffset).to.equal(1);
  });

  it('keeps a caret inside a word and a selection that ends in another element', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><p>The ICB met</p><p id="b">and more</p></div>`);
    const text = root.querySelector('p')!.firstChild as Text;
    const selection = getSelection()!;
    selection.setBaseAndExtent(text, 6, text, 6);
    autotag(root, { glossary: fixtureGlossary });
    expect(selection.isCollapsed).to.equal(true);
    expect(selection.anchorNode!.textContent).to.equal('ICB');
    expect(selection.anchorOffset).to.equal(2);

    const second = await fixture<HTMLDivElement>(html`<div><p>The ICB met</p><p id="b">and more</p></div>`);
    const start = second.querySelector('p')!.firstChild as Text;
    selection.setBaseAndExtent(start, 1, second.querySelector('#b')!.firstChild!, 3);
    const before = selection.toString();
    autotag(second, { glossary: fixtureGlossary });
    expect(second.querySelectorAll('ics-term').length).to.equal(1);
    expect(selection.toString()).to.equal(before);
    expect(selection.focusNode).to.equal(second.querySelector('#b')!.firstChild);
  });
  it('reads the selection once per pass, not once per term: each read makes Chromium lay out the page', async () => {
    const elsewhere = await fixture<HTMLParagraphElement>(html`<p>Selected text</p>`);
    getSelection()!.setBaseAndExtent(elsewhere.firstChild!, 0, elsewhere.firstChild!, 8);
    const anchorNode = Object.getOwnPropertyDescriptor(Selection.prototype, 'anchorNode')!;
    let reads = 0;
    Object.defineProperty(Selection.prototype, 'anchorNode', {
      configurable: true,
      get() {
        reads += 1;
        return anchorNode.get!.call(this);
      },
    });
    try {
      const { handle } = await tagged('<p>ICB, ICS and CCG</p>'.repeat(50), { firstOnly: false });
      expect(handle.count).to.equal(150);
      expect(reads).to.equal(1);
    } finally {
      Object.defineProperty(Selection.prototype, 'anchorNode', anchorNode);
    }
    expect(getSelection()!.toString()).to.equal('Selected');
  });
});

describe('autotag: observe', () => {
  it('tags content added later, keeps count current and does not repeat first-only entries', async () => {
    const { root, handle } = await tagged('<p>The ICB.</p>', { observe: true });
    expect(handle.count).to.equal(1);
    const more = document.createElement('p');
    more.innerHTML = 'Another ICB and the <b>ICS</b>.';
    root.append(more);
    root.append(document.createTextNode(' A CCG.'));
    await waitUntil(() => handle.count === 3, 'new content tagged');
    expect(terms(root)).to.deep.equal(['ICB=icb', 'ICS=ics', 'CCG=ccg']);
    handle.disconnect();
  });

  it('does not re-tag its own insertions or loop', async () => {
    const { root, handle } = await tagged('<p>ICB</p>', { observe: true, firstOnly: false });
    const records: MutationRecord[] = [];
    const watcher = new MutationObserver((r) => records.push(...r));
    watcher.observe(root, { childList: true, subtree: true });
    root.insertAdjacentHTML('beforeend', '<p>ICB and ICS and ICB</p>');
    await waitUntil(() => handle.count === 4, 'new content tagged');
    // Let any further observer callbacks run: a loop would keep adding records and terms.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const settled = records.length;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(records.length).to.equal(settled);
    expect(handle.count).to.equal(4);
    expect(root.querySelectorAll('ics-term ics-term').length).to.equal(0);
    expect(terms(root)).to.deep.equal(['ICB=icb', 'ICB=icb', 'ICS=ics', 'ICB=icb']);
    watcher.disconnect();
    handle.disconnect();
  });

  it('skips added content that lies in skipped elements, and moved content already searched', async () => {
    const { root, handle } = await tagged('<p>ICB</p><pre></pre>', { observe: true, firstOnly: false });
    root.querySelector('pre')!.append('ICS in code');
    root.append(root.querySelector('p')!);
    root.insertAdjacentHTML('beforeend', '<p>CCG</p>');
    await waitUntil(() => handle.count === 2, 'new paragraph tagged');
    expect(terms(root)).to.deep.equal(['ICB=icb', 'CCG=ccg']);
    handle.disconnect();
  });

  it('does not search text again when the page moves it', async () => {
    const { root, handle } = await tagged('<p>The ICB and more</p><p>Text</p>', { observe: true, firstOnly: false });
    const moved = root.querySelector('p')!;
    const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data')!;
    const read = new Set<Node>();
    Object.defineProperty(CharacterData.prototype, 'data', {
      configurable: true,
      get() {
        read.add(this);
        return data.get!.call(this);
      },
      set: data.set,
    });
    try {
      root.append(moved);
      root.insertAdjacentHTML('beforeend', '<p>ICS</p>');
      await waitUntil(() => handle.count === 2, 'new paragraph tagged');
    } finally {
      Object.defineProperty(CharacterData.prototype, 'data', data);
    }
    expect([...moved.childNodes].filter((node) => read.has(node))).to.deep.equal([]);
    expect(read.has(root.lastElementChild!.querySelector('ics-term')!.firstChild!)).to.equal(true);
    handle.disconnect();
  });

  it('disconnect stops observing', async () => {
    const { root, handle } = await tagged('<p>ICB</p>', { observe: true });
    handle.disconnect();
    root.insertAdjacentHTML('beforeend', '<p>ICS</p>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handle.count).to.equal(1);
    expect(root.querySelectorAll('ics-term').length).to.equal(1);
  });

  it('without observe, added content stays as it is', async () => {
    const { root, handle } = await tagged('<p>ICB</p>');
    root.insertAdjacentHTML('beforeend', '<p>ICS</p>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handle.count).to.equal(1);
  });
});
