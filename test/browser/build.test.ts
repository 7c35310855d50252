/**
 * The built files as a CMS page loads them: each in a fresh frame, so their registrations do not
 * meet the ones the source tests made.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadPage, removePages, type PageWindow } from '../support/frames.js';

interface FrameWindow extends Window {
  errors: string[];
  /** What the page's own script found. */
  result?: Record<string, unknown>;
  infos: string[];
  /** What the page logged with console.error. */
  logged: string[];
}

async function frame(head: string, body = '<p>The <ics-term>ICB</ics-term> plans care.</p>'): Promise<FrameWindow> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:400px';
  // Console and errors are recorded before any library script runs.
  iframe.srcdoc = `<!doctype html><html><head><script>
      window.errors = []; window.infos = []; window.logged = [];
      addEventListener('error', (e) => errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
      const info = console.info; console.info = (...a) => { infos.push(a.join(' ')); info(...a); };
      const error = console.error; console.error = (...a) => { logged.push(a.join(' ')); error(...a); };
    </script>${head}</head><body>${body}</body></html>`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe.contentWindow as FrameWindow;
}

async function termWorks(win: FrameWindow): Promise<void> {
  const term = win.document.querySelector('ics-term')!;
  await waitUntil(() => term.shadowRoot?.querySelector('[part~="term"]'), 'term upgraded');
  term.shadowRoot!.querySelector<HTMLElement>('[part~="term"]')!.focus();
  await waitUntil(
    () => term.shadowRoot!.querySelector('[part~="tooltip"]')?.matches(':popover-open[data-positioned]'),
    'tooltip open',
  );
  // As the reader sees it: the minified templates keep the space between the term and its expansion.
  const heading = term.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!;
  expect(heading.innerText).to.equal('ICB (integrated care board)');
}

describe('built files', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('dist/ics-glossary.js works from one module script tag', async () => {
    const win = await frame('<script type="module" src="/dist/ics-glossary.js"></script>');
    await termWorks(win);
    expect(win.errors).to.deep.equal([]);
  });

  it('dist/ics-glossary.iife.js works from one classic script tag', async () => {
    const win = await frame('<script src="/dist/ics-glossary.iife.js"></script>');
    await termWorks(win);
    expect(win.errors).to.deep.equal([]);
  });

  it('the classic script puts the API on window.IcsGlossary, for the page’s own script to call', async () => {
    const win = await frame(
      '<script src="/dist/ics-glossary.iife.js"></script>',
      `<article><p>Each ICB plans care.</p></article><script>
        const api = window.IcsGlossary;
        api.configure({ glossaryHref: '/glossary#{id}' });
        window.result = {
          tagged: api.autotag(document.querySelector('article')).count,
          issues: api.loadGlossary({ entries: [{ id: 'x' }] }).issues.length,
          classes: ['ics-term', 'ics-glossary', 'ics-glossary-provider', 'ics-autotag'].filter(
            (tag) => customElements.get(tag) === api[tag.replace(/(^|-)(\\w)/g, (m, d, c) => c.toUpperCase())],
          ),
          version: api.VERSION,
        };
      </script>`,
    );
    expect(win.result).to.deep.equal({
      tagged: 1,
      issues: 1,
      classes: ['ics-term', 'ics-glossary', 'ics-glossary-provider', 'ics-autotag'],
      version: '0.1.0',
    });
    await termWorks(win);
    const term = win.document.querySelector('ics-term')!;
    const more = term.shadowRoot!.querySelector('[part~="more-link"]');
    expect(more?.getAttribute('href')).to.equal('/glossary#icb');
    expect(win.errors).to.deep.equal([]);
  });

  it('the one-script module’s autotag() loads the tagger in one file on its first call, and tags at once on later calls', async () => {
    const win = await frame(
      '<script type="module" src="/dist/ics-glossary.js"></script>',
      `<article><p>Each ICB plans care.</p></article><aside><p>Each ICS plans care.</p></aside><script type="module">
        import { autotag } from '/dist/ics-glossary.js';
        // Chunks by name, their hashes left off; the entry and the elements' chunk load in any case.
        const chunks = () => performance.getEntriesByType('resource').map((r) => r.name.split('/').pop())
          .filter((file) => !/^ics-glossary(\\.js|-standalone-elements-)/.test(file)).map((file) => file.replace(/-[\\w-]{8}\\.js$/, ''));
        const before = chunks();
        const handle = await autotag(document.querySelector('article'));
        // Once loaded, the tagger runs within the call, without waiting for a task.
        const more = document.querySelector('aside');
        autotag(more);
        window.result = { before, after: chunks(), tagged: handle.count, taggedAtOnce: more.querySelectorAll('ics-term').length };
      </script>`,
    );
    await waitUntil(() => win.result, 'autotag resolved');
    // One file: the tagger and <ics-autotag> share a chunk, so tagging waits on one request, not two in a row.
    expect(win.result).to.deep.equal({ before: [], after: ['ics-glossary-standalone-tagging'], tagged: 1, taggedAtOnce: 1 });
    await termWorks(win);
    expect(win.errors).to.deep.equal([]);
  });

  it('loading two copies throws nothing; the first wins and one info line says so', async () => {
    const win = await frame(
      '<script src="/dist/ics-glossary.iife.js"></script><script type="module" src="/dist/ics-glossary.js"></script>',
    );
    await termWorks(win);
    await waitUntil(() => win.infos.length > 0, 'info line');
    expect(win.errors).to.deep.equal([]);
    expect(win.infos.length).to.equal(1);
    expect(win.infos[0]).to.contain('already defined');
  });

  it('loading the same script twice throws nothing', async () => {
    const win = await frame(
      '<script src="/dist/ics-glossary.iife.js"></script><script src="/dist/ics-glossary.iife.js"></script>',
    );
    await termWorks(win);
    expect(win.errors).to.deep.equal([]);
    expect(win.infos.length).to.equal(1);
  });

  it('dist/ics-glossary.js loads an element’s code only when the page uses it, now or later', async () => {
    const win = await frame(
      '<script type="module" src="/dist/ics-glossary.js"></script>',
      '<p>The <ics-term>ICB</ics-term>.</p><ics-glossary terms="icb ccg"></ics-glossary>',
    );
    await termWorks(win);
    const chunks = () =>
      win.performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()!.replace(/-[\w-]{8}\.js$/, ''));
    await waitUntil(() => win.customElements.get('ics-glossary'), 'glossary page defined');
    const page = win.document.querySelector('ics-glossary')!;
    await waitUntil(() => page.shadowRoot?.querySelector('[part~="entry"]'), 'glossary page rendered');
    expect(chunks()).not.to.include('ics-glossary-standalone-tagging');
    expect(win.customElements.get('ics-autotag')).to.equal(undefined);
    const later = win.document.createElement('div');
    later.innerHTML = '<ics-autotag><p>Each ICB plans care.</p></ics-autotag>';
    win.document.body.append(later);
    await waitUntil(() => later.querySelector('ics-term'), 'content added later is tagged');
    // The element and the tagger in one file, not one importing the other.
    expect(chunks().filter((name) => /autotag|tagging|-dom$/.test(name))).to.deep.equal(['ics-glossary-standalone-tagging']);
    expect(win.errors).to.deep.equal([]);
  });

  it('dist/ics-glossary.js loads the tooltip’s code, Floating UI in it, on the first open and not before', async () => {
    const win = await frame('<script type="module" src="/dist/ics-glossary.js"></script>');
    const term = win.document.querySelector('ics-term')!;
    await waitUntil(() => term.shadowRoot?.querySelector('[part~="term"]'), 'term upgraded');
    const tooltipChunk = () =>
      win.performance.getEntriesByType('resource').find((r) => /\/ics-glossary-tooltip-[\w-]{8}\.js$/.test(r.name));
    expect(tooltipChunk(), 'no tooltip code before the first open').to.equal(undefined);
    // Floating UI names its middleware in strings that minifying keeps.
    const entry = await (await fetch('/dist/ics-glossary.js')).text();
    expect(entry).not.to.contain('"flip"');
    await termWorks(win);
    const chunk = await (await fetch(tooltipChunk()!.name)).text();
    expect(chunk).to.contain('"flip"').and.contain('"inline"').and.contain('"arrow"');
    // A tooltip is written without a template library (and makes no Trusted Types policy).
    expect((win as unknown as { litHtmlVersions?: string[] }).litHtmlVersions).to.equal(undefined);
    // The chunk the tooltip's chunk imports is asked for beside it, not once it has arrived.
    const citations = win.performance.getEntriesByType('resource').find((r) => /\/ics-glossary-citation-[\w-]{8}\.js$/.test(r.name));
    expect(citations!.startTime).to.be.below((tooltipChunk() as PerformanceResourceTiming).responseEnd);
    expect(win.errors).to.deep.equal([]);
  });

  it('a tooltip chunk that fails to load leaves the term as it was, with an error logged and nothing thrown', async () => {
    const win = await frame('<script type="module" src="/__ics/no-tooltip/dist/ics-glossary.js"></script>');
    const term = win.document.querySelector('ics-term')!;
    await waitUntil(() => term.shadowRoot?.querySelector('[part~="term"]'), 'term upgraded');
    const anchor = term.shadowRoot!.querySelector<HTMLElement>('[part~="term"]')!;
    anchor.focus();
    await waitUntil(() => win.logged.some((line) => line.includes('could not load the tooltip')), 'error logged');
    await waitUntil(() => anchor.getAttribute('aria-expanded') === 'false', 'closed again');
    expect(win.errors).to.deep.equal([]);
    expect(win.document.body.textContent).to.contain('The ICB plans care.');
  });
});

describe('the scripts where integrators put them', () => {
  afterEach(removePages);

  // The page arrives in two parts, cut inside "integrated care board" (test/support/parsing-page.js).
  for (const build of ['classic', 'module']) {
    for (const at of ['head', 'end']) {
      it(`${build} build at the ${at === 'head' ? 'start, in <head>' : 'end of <body>'}: terms read their whole text, and only unknown ones are warned about`, async () => {
        const win = (await loadPage(`/__ics/parsing?build=${build}&at=${at}`)) as PageWindow & { warnings: string[] };
        const [ics, board] = win.document.querySelectorAll('ics-term');
        const described = (term: Element | undefined) =>
          term?.shadowRoot?.querySelector('[part~="term"]')?.getAttribute('aria-description') ?? '';
        await waitUntil(() => described(ics) && described(board), 'known terms upgraded');
        expect(described(board)).to.contain('integrated care board');
        await waitUntil(() => win.warnings.length > 0, 'the unknown term warned about');
        expect(win.warnings).to.deep.equal(['ics-glossary: no glossary entry for "XYZZY"; shown as plain text.']);
      });
    }
  }
});
