import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define-all.js';
import { bundledGlossary } from '../../src/bundled.js';
import type { IcsTerm } from '../../src/elements/term/ics-term.js';
import {
  IcsGlossaryProvider,
  type GlossaryErrorDetail,
  type GlossaryLoadDetail,
} from '../../src/elements/provider/ics-glossary-provider.js';
import { catchLateProviders } from '../../src/elements/provider/late-providers.js';
import { stubConsole } from '../support/helpers.js';
import { loadGlossary } from '../../src/model/load.js';
import type { Entry } from '../../src/model/types.js';

if (!customElements.get('ics-glossary-provider')) customElements.define('ics-glossary-provider', IcsGlossaryProvider);
// As src/define.ts does before defining the elements.
catchLateProviders();

const CUSTOM = '/test/fixtures/provider/custom.json';
const bundledIcb = bundledGlossary.byId('icb')!.definition;

const entry = (id: string, term: string, definition: string): Entry => ({
  id,
  term,
  definition,
  category: 'concept',
  status: 'current',
  sources: [{ title: 'Handbook', publisher: 'Example Trust', url: '/handbook' }],
});

/** What a term tells assistive technology, definition included; null when it is plain text (unknown). */
function described(term: Element | null): string | null {
  return term?.shadowRoot?.querySelector('[part~="term"]')?.getAttribute('aria-description') ?? null;
}

function termIn(root: ParentNode, text: string): IcsTerm {
  return [...root.querySelectorAll('ics-term')].find((t) => t.textContent === text)!;
}

async function shows(term: Element, text: string): Promise<void> {
  await waitUntil(() => described(term)?.includes(text), `${term.textContent} to say "${text}"`, { timeout: 3000 });
}

function recordEvents<T>(type: 'ics-glossary-error' | 'ics-glossary-load') {
  const events: Array<CustomEvent<T>> = [];
  const listener = (event: Event) => void events.push(event as CustomEvent<T>);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

function spyFetch() {
  const original = window.fetch;
  const calls: Array<{ url: string; signal: AbortSignal }> = [];
  window.fetch = (input, init) => {
    calls.push({ url: String(input), signal: init!.signal! });
    return original(input, init);
  };
  return { calls, restore: () => void (window.fetch = original) };
}

let warn: ReturnType<typeof stubConsole>;
let error: ReturnType<typeof stubConsole>;
beforeEach(() => {
  // Terms from custom data are unknown until it arrives, and each failure logs: both are asserted on.
  warn = stubConsole('warn');
  error = stubConsole('error');
});
afterEach(() => {
  warn.restore();
  error.restore();
});

describe('<ics-glossary-provider>', () => {
  it('is defined, renders its children through a slot and takes no box of its own', async () => {
    const el = await fixture<IcsGlossaryProvider>(
      html`<ics-glossary-provider><p>The <ics-term>ICB</ics-term>.</p></ics-glossary-provider>`,
    );
    expect(el).to.be.instanceOf(IcsGlossaryProvider);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.tagName).to.equal('P');
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('works when created with document.createElement and with new', async () => {
    for (const el of [document.createElement('ics-glossary-provider'), new IcsGlossaryProvider()]) {
      el.data = { entries: [entry('xyz-board', 'XYZ', 'Made by script.')] };
      el.innerHTML = '<ics-term>XYZ</ics-term>';
      document.body.append(el);
      await shows(el.querySelector('ics-term')!, 'Made by script.');
      el.remove();
    }
  });

  it('passes the bundled glossary through when it has no data', async () => {
    const el = await fixture(html`<ics-glossary-provider><ics-term>ICB</ics-term></ics-glossary-provider>`);
    await shows(termIn(el, 'ICB'), bundledIcb);
  });

  it('is accessible and leaves its terms accessible', async () => {
    const el = await fixture(html`<ics-glossary-provider src=${CUSTOM}><p>The <ics-term>XYZ</ics-term>.</p></ics-glossary-provider>`);
    await shows(termIn(el, 'XYZ'), 'A board only this site talks about.');
    await expect(el).to.be.accessible();
  });
});

describe('<ics-glossary-provider> data', () => {
  it('merges the JSON at src over the bundled glossary, and says so with ics-glossary-load', async () => {
    const loads = recordEvents<GlossaryLoadDetail>('ics-glossary-load');
    try {
      const el = await fixture(html`<ics-glossary-provider src=${CUSTOM}>
        <ics-term>ICB</ics-term> <ics-term>XYZ</ics-term> <ics-term>CCG</ics-term>
      </ics-glossary-provider>`);
      await shows(termIn(el, 'ICB'), 'Our own definition of an ICB');
      await shows(termIn(el, 'XYZ'), 'A board only this site talks about.');
      await shows(termIn(el, 'CCG'), bundledGlossary.byId('ccg')!.definition);
      await waitUntil(() => loads.events.length === 1, 'load event', { timeout: 5000 });
      const [load] = loads.events;
      expect(load!.detail.src).to.equal(CUSTOM);
      expect(load!.detail.glossary.byId('xyz-board')).to.exist;
      expect(load!.target).to.equal(el);
    } finally {
      loads.stop();
    }
  });

  it('holds the unknown-term warning for a site’s own term until its src has loaded', async () => {
    const warn = stubConsole('warn');
    try {
      const el = await fixture(html`<ics-glossary-provider src=${CUSTOM}><ics-term>XYZ</ics-term></ics-glossary-provider>`);
      expect(el.hasAttribute('loading'), 'loading while fetching').to.equal(true);
      await shows(termIn(el, 'XYZ'), 'A board only this site talks about.');
      expect(el.hasAttribute('loading')).to.equal(false);
      expect(warn.calls).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });

  it('uses only the given entries in replace mode', async () => {
    const el = await fixture(html`<ics-glossary-provider src=${CUSTOM} mode="replace">
      <ics-term>ICB</ics-term> <ics-term>CCG</ics-term>
    </ics-glossary-provider>`);
    await shows(termIn(el, 'ICB'), 'Our own definition of an ICB');
    await waitUntil(() => warn.calls.some((c) => c.includes('"CCG"')), 'CCG reported unknown', { timeout: 5000 });
    expect(described(termIn(el, 'CCG'))).to.equal(null);
  });

  it('reads inline JSON from a <script type="application/json"> child, added at once or later', async () => {
    const json = JSON.stringify({ entries: [entry('xyz-board', 'XYZ', 'From the CMS </script> setting.')] });
    const el = document.createElement('ics-glossary-provider');
    // As a CMS emits it: "</" escaped inside the script.
    el.innerHTML = `<script type="application/json">${json.replaceAll('</', '<\\/')}</script><ics-term>XYZ</ics-term>`;
    document.body.append(el);
    await shows(el.querySelector('ics-term')!, 'From the CMS </script> setting.');
    el.remove();

    const late = await fixture(html`<ics-glossary-provider><ics-term>XYZ</ics-term></ics-glossary-provider>`);
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: json });
    late.prepend(script);
    await shows(termIn(late, 'XYZ'), 'From the CMS </script> setting.');
    script.textContent = JSON.stringify({ entries: [entry('xyz-board', 'XYZ', 'Edited in the CMS.')] });
    await shows(termIn(late, 'XYZ'), 'Edited in the CMS.');
  });

  it('takes data and glossary properties, in that order of precedence over inline data, and follows changes', async () => {
    const el = document.createElement('ics-glossary-provider');
    el.innerHTML = `<script type="application/json">${JSON.stringify([entry('icb', 'ICB', 'Inline.')])}</script><ics-term>ICB</ics-term>`;
    document.body.append(el);
    const term = el.querySelector('ics-term')!;
    await shows(term, 'Inline.');
    el.data = [entry('icb', 'ICB', 'From data.')];
    await shows(term, 'From data.');
    el.glossary = loadGlossary([entry('icb', 'ICB', 'From a Glossary.')]);
    await shows(term, 'From a Glossary.');
    el.glossary = undefined;
    await shows(term, 'From data.');
    el.data = undefined;
    await shows(term, 'Inline.');
    el.remove();
  });
});

describe('<ics-glossary-provider> data from a framework', () => {
  // A React `data={…}` is a new object on every render: equal data must change nothing, or each
  // render reports again, and an error handler that renders loops.
  it('ignores data equal to what it holds: an invalid entry set again and again is reported once', async () => {
    const el = document.createElement('ics-glossary-provider');
    el.innerHTML = '<ics-term>ICB</ics-term>';
    document.body.append(el);
    const data = (definition: string) => [entry('icb', 'ICB', definition), { id: 'bad' }];
    for (let i = 0; i < 3; i++) {
      el.data = data('From data.');
      await el.updateComplete;
    }
    await shows(el.querySelector('ics-term')!, 'From data.');
    expect(error.calls.length).to.equal(1);
    el.data = data('Changed.');
    await shows(el.querySelector('ics-term')!, 'Changed.');
    expect(error.calls.length).to.equal(2);
    el.remove();
  });

  it('fires one error for bad data, even when the error handler sets equal data again', async () => {
    const el = document.createElement('ics-glossary-provider');
    document.body.append(el);
    let events = 0;
    el.addEventListener('ics-glossary-error', () => {
      events += 1;
      // As a React error handler that calls setState re-renders `data={{ entries: 'none' }}`.
      if (events < 20) el.data = { entries: 'none' };
    });
    el.data = { entries: 'none' };
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).to.equal(1);
    el.remove();
  });
});

describe('<ics-glossary-provider> nesting', () => {
  it('an inner provider merges over the outer provider’s glossary, and follows its changes', async () => {
    const outerData = (icb: string) => ({ entries: [entry('icb', 'ICB', icb)] });
    const el = await fixture<IcsGlossaryProvider>(html`<ics-glossary-provider mode="replace" .data=${outerData('Outer ICB.')}>
      <ics-term>QRS</ics-term>
      <ics-glossary-provider .data=${{ entries: [entry('qrs', 'QRS', 'Inner QRS.')] }}>
        <ics-term>ICB</ics-term> <ics-term>QRS</ics-term> <ics-term>CCG</ics-term>
      </ics-glossary-provider>
    </ics-glossary-provider>`);
    const inner = el.querySelector('ics-glossary-provider')!;
    await shows(termIn(inner, 'ICB'), 'Outer ICB.');
    await shows(termIn(inner, 'QRS'), 'Inner QRS.');
    // The outer provider replaced the bundled glossary, so the inner one has no CCG to keep.
    expect(described(termIn(inner, 'CCG'))).to.equal(null);
    expect(described(el.querySelector(':scope > ics-term'))).to.equal(null);

    el.data = outerData('Outer ICB, edited.');
    await shows(termIn(inner, 'ICB'), 'Outer ICB, edited.');
    await shows(termIn(inner, 'QRS'), 'Inner QRS.');
  });

  it('an inner provider in replace mode ignores the outer glossary', async () => {
    const el = await fixture(html`<ics-glossary-provider .data=${[entry('xyz-board', 'XYZ', 'Outer XYZ.')]}>
      <ics-glossary-provider mode="replace" .data=${[entry('qrs', 'QRS', 'Inner QRS.')]}>
        <ics-term>XYZ</ics-term> <ics-term>QRS</ics-term>
      </ics-glossary-provider>
    </ics-glossary-provider>`);
    await shows(termIn(el, 'QRS'), 'Inner QRS.');
    expect(described(termIn(el, 'XYZ'))).to.equal(null);
  });

  it('terms that connected before their provider upgraded still get its glossary', async () => {
    const el = document.createElement('div');
    el.innerHTML = `<late-glossary-provider><script type="application/json">${JSON.stringify([
      entry('xyz-board', 'XYZ', 'From a late provider.'),
    ])}</script><ics-term>XYZ</ics-term></late-glossary-provider>`;
    document.body.append(el);
    const term = el.querySelector('ics-term')!;
    await term.updateComplete;
    expect(described(term)).to.equal(null);
    customElements.define('late-glossary-provider', class extends IcsGlossaryProvider {});
    await shows(term, 'From a late provider.');
    el.remove();
  });
});

describe('<ics-glossary-provider> invalid entries', () => {
  it('skips each invalid entry with one console.error naming it, once, and uses the valid ones', async () => {
    const src = '/test/fixtures/provider/partly-invalid.json';
    const errors = recordEvents<GlossaryErrorDetail>('ics-glossary-error');
    try {
      const el = await fixture<IcsGlossaryProvider>(html`<ics-glossary-provider src=${src}>
        <ics-term>XYZ</ics-term> <ics-term>NDF</ics-term> <ics-term>BLK</ics-term> <ics-term>ICB</ics-term>
      </ics-glossary-provider>`);
      await shows(termIn(el, 'XYZ'), 'A board only this site talks about.');
      await shows(termIn(el, 'ICB'), bundledIcb);
      expect(described(termIn(el, 'NDF'))).to.equal(null);
      expect(described(termIn(el, 'BLK'))).to.equal(null);
      expect(error.calls).to.deep.equal([
        `ics-glossary: ${src}: glossary entry 1 ("no-definition"): field "definition" must be a non-empty string; the entry is skipped.`,
        `ics-glossary: ${src}: glossary entry 2 ("bad-link"): field "sources" item 0 .url must be an http(s) or relative URL; the entry is skipped.`,
        `ics-glossary: ${src}: glossary entry 3: field "(entry)" must be an object; the entry is skipped.`,
      ]);
      // Merging again, over a new outer glossary or in a new mode, reports nothing new.
      el.mode = 'replace';
      await waitUntil(() => described(termIn(el, 'ICB')) === null, 'replace mode applied', { timeout: 5000 });
      expect(error.calls.length).to.equal(3);
      expect(errors.events).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });
});

describe('<ics-glossary-provider> failing src', () => {
  const failures: Array<[string, string, RegExp]> = [
    ['a 404', '/test/fixtures/provider/missing.json', /^the server answered 404/],
    ['a network error', '/__ics/network-error', /^network error \(TypeError/],
    ['no answer before the timeout', '/__ics/never', /^no answer within 300 ms$/],
    ['an answer that is not JSON', '/test/fixtures/provider/not-json.html', /^the answer is not JSON \(/],
    ['JSON without entries', '/test/fixtures/provider/wrong-shape.json', /^glossary: field "entries" must be an array of entries$/],
  ];

  for (const [what, src, reason] of failures) {
    it(`after ${what}, keeps the bundled glossary and fires one composed ics-glossary-error`, async () => {
      const errors = recordEvents<GlossaryErrorDetail>('ics-glossary-error');
      const loads = recordEvents<GlossaryLoadDetail>('ics-glossary-load');
      try {
        // Inside another component's shadow root: the event still reaches the document.
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        host.attachShadow({ mode: 'open' }).innerHTML =
          `<ics-glossary-provider src="${src}" timeout="300"><ics-term>ICB</ics-term></ics-glossary-provider>`;
        await waitUntil(() => errors.events.length > 0, 'error event', { timeout: 4000 });
        const [event] = errors.events;
        expect(event!.detail.src).to.equal(src);
        expect(event!.detail.reason).to.match(reason);
        expect(event!.bubbles && event!.composed).to.equal(true);
        expect(error.calls.length).to.equal(1);
        expect(error.calls[0]).to.contain(src).and.contain('the bundled glossary stays in use');
        await shows(host.shadowRoot!.querySelector('ics-term')!, bundledIcb);
        expect(errors.events.length).to.equal(1);
        expect(loads.events).to.deep.equal([]);
      } finally {
        errors.stop();
        loads.stop();
      }
    });
  }

  it('inside another provider, a failing src keeps the outer provider’s glossary', async () => {
    const errors = recordEvents<GlossaryErrorDetail>('ics-glossary-error');
    try {
      const el = await fixture(html`<ics-glossary-provider .data=${[entry('icb', 'ICB', 'Outer ICB.')]}>
        <ics-glossary-provider src="/test/fixtures/provider/missing.json"><ics-term>ICB</ics-term></ics-glossary-provider>
      </ics-glossary-provider>`);
      await waitUntil(() => errors.events.length === 1, 'error event', { timeout: 5000 });
      expect(error.calls[0]).to.contain('the outer glossary stays in use');
      await shows(termIn(el, 'ICB'), 'Outer ICB.');
    } finally {
      errors.stop();
    }
  });

  it('reports inline data that is not JSON or has no entries the same way, with src null', async () => {
    const errors = recordEvents<GlossaryErrorDetail>('ics-glossary-error');
    try {
      const el = document.createElement('ics-glossary-provider');
      el.innerHTML = '<script type="application/json">{ not json</script><ics-term>ICB</ics-term>';
      document.body.append(el);
      await waitUntil(() => errors.events.length === 1, 'error event for bad JSON', { timeout: 5000 });
      expect(errors.events[0]!.detail).to.include({ src: null });
      expect(errors.events[0]!.detail.reason).to.match(/^the inline data is not JSON/);
      el.data = { terms: [] };
      await waitUntil(() => errors.events.length === 2, 'error event for the wrong shape', { timeout: 5000 });
      expect(errors.events[1]!.detail).to.deep.equal({ reason: 'glossary: field "entries" must be an array of entries', src: null });
      expect(error.calls.length).to.equal(2);
      await shows(el.querySelector('ics-term')!, bundledIcb);
      el.remove();
    } finally {
      errors.stop();
    }
  });
});

describe('<ics-glossary-provider> fetching', () => {
  let fetches: ReturnType<typeof spyFetch>;
  let errors: ReturnType<typeof recordEvents<GlossaryErrorDetail>>;
  beforeEach(() => {
    fetches = spyFetch();
    errors = recordEvents<GlossaryErrorDetail>('ics-glossary-error');
  });
  afterEach(() => {
    fetches.restore();
    errors.stop();
  });

  it('aborts its fetch when removed, and fetches again when put back', async () => {
    const el = await fixture<IcsGlossaryProvider>(html`<ics-glossary-provider src="/__ics/never"></ics-glossary-provider>`);
    const parent = el.parentElement!;
    expect(fetches.calls.map((c) => c.url)).to.deep.equal(['/__ics/never']);
    el.remove();
    expect(fetches.calls[0]!.signal.aborted).to.equal(true);
    parent.append(el);
    expect(fetches.calls.length).to.equal(2);
    expect(fetches.calls[1]!.signal.aborted).to.equal(false);
    el.remove();
    expect(errors.events).to.deep.equal([]);
  });

  it('aborts its fetch when src changes, and uses the new src', async () => {
    const el = await fixture<IcsGlossaryProvider>(
      html`<ics-glossary-provider src="/__ics/never"><ics-term>XYZ</ics-term></ics-glossary-provider>`,
    );
    el.src = CUSTOM;
    await el.updateComplete;
    expect(fetches.calls.map((c) => c.url)).to.deep.equal(['/__ics/never', CUSTOM]);
    expect(fetches.calls[0]!.signal.aborted).to.equal(true);
    await shows(termIn(el, 'XYZ'), 'A board only this site talks about.');
    expect(errors.events).to.deep.equal([]);
  });

  it('drops the data of a src that is removed', async () => {
    const el = await fixture<IcsGlossaryProvider>(
      html`<ics-glossary-provider src=${CUSTOM}><ics-term>ICB</ics-term></ics-glossary-provider>`,
    );
    await shows(termIn(el, 'ICB'), 'Our own definition of an ICB');
    el.removeAttribute('src');
    await shows(termIn(el, 'ICB'), bundledIcb);
  });
});
