/**
 * 1. What real pages fetch, read from the browser's network log: once their terms have rendered at
 * load, once the page has gone idle, and once a reader's first hover has opened a tooltip. Beside
 * the sizes of the files, which say what the build holds, these say what a reader's browser asks for.
 */
import { existsSync } from 'node:fs';
import { article } from '../article.js';
import { htmlPage } from '../browser.js';
import { recordNetwork } from '../network.js';
import { compressedSizes, formatKiB, KIB, sumSizes } from '../sizes/compress.js';
import { chunkName, loadOrder, sizesOf } from '../sizes/dist.js';
import { formatCount, formatRatio, passOrMiss } from '../table.js';
import { termParagraphs } from '../term-page.js';

const TERMS = 10;
/** A news article's worth of HTML, for the auto-tagged pages. */
const ARTICLE_BYTES = 20_000;
const HOVER = '/bench/pages/hover.js';
const NO_DATA = 'dist/ics-glossary-no-data.js';

/** Issue 17's budgets for what a page fetches before any tooltip opens, code and data, in KiB gzip. */
const PAGES = [
  {
    name: `hand-marked page, ${TERMS} <ics-term>`,
    entry: 'dist/ics-glossary.js',
    target: 16,
    html: () =>
      htmlPage({
        title: 'terms',
        body: termParagraphs(TERMS, 'ics-term', { taggable: true }),
        scripts: ['/dist/ics-glossary.js', HOVER],
      }),
  },
  {
    name: 'auto-tagged article, <ics-autotag>',
    entry: 'dist/ics-glossary.js',
    target: 20,
    html: () =>
      htmlPage({
        title: 'ics-autotag',
        body: `<ics-autotag>${article(ARTICLE_BYTES)}</ics-autotag>`,
        scripts: ['/dist/ics-glossary.js', HOVER],
      }),
  },
  {
    name: 'auto-tagged article, autotag()',
    entry: 'dist/ics-glossary.js',
    target: 20,
    // bench/pages/autotag-call.js is the page's one line: `window.tagging = autotag(…)`.
    html: () =>
      htmlPage({
        title: 'autotag()',
        body: `<main>${article(ARTICLE_BYTES)}</main>`,
        scripts: ['/bench/pages/autotag-call.js', HOVER],
      }),
  },
  {
    name: `server-tagged page, ${TERMS} terms, data-less build`,
    entry: NO_DATA,
    target: 13,
    missing: () => !existsSync(NO_DATA) && `${NO_DATA} is not built`,
    html: async () => {
      const { tagHtml } = await import('../../dist/server.js');
      const page = htmlPage({
        title: 'server-tagged',
        body: termParagraphs(TERMS, 'text', { taggable: true }),
        scripts: [`/${NO_DATA}`, HOVER],
      });
      return tagHtml(page, { embedGlossary: true });
    },
  },
];

export async function bytesSuite({ browser, log }) {
  const rows = [];
  for (const [i, page] of PAGES.entries()) {
    const benchmark = `1. Fetched, ${page.name}`;
    const missing = page.missing?.();
    if (missing) {
      log(`bytes: ${page.name} skipped: ${missing}`);
      rows.push({
        benchmark,
        measured: 'skipped',
        target: `≤ ${page.target} KiB gz`,
        notes: `${missing}; needs tagHtml(html, { embedGlossary: true })`,
      });
      continue;
    }
    log(`bytes: ${page.name}`);
    const url = `/bench/fetched-${i}.html`;
    browser.serve(url, 'text/html', await page.html());
    const order = await loadOrder(page.entry);
    rows.push(...phaseRows(benchmark, page, await visit(browser, url), order, await sizesOf(order.initial)));
  }
  return rows;
}

/**
 * In the page before its scripts: idle callbacks wait until the bench releases them. On an auto-tagged
 * page the tagger's chunks arrive after the load event, so an idle-time prefetch would otherwise race
 * them, and what the terms need could not be told from what the page fetches ahead of a tooltip.
 */
function holdIdleCallbacks() {
  const request = window.requestIdleCallback.bind(window);
  const cancel = window.cancelIdleCallback.bind(window);
  const held = new Map();
  let released = false;
  window.requestIdleCallback = (callback, options) => {
    if (released) return request(callback, options);
    // Negative ids, so that cancelling a held callback is told from cancelling a real one.
    const id = -(held.size + 1);
    held.set(id, [callback, options]);
    return id;
  };
  window.cancelIdleCallback = (id) => (id < 0 ? held.delete(id) : cancel(id));
  window.releaseIdleCallbacks = () => {
    released = true;
    for (const [callback, options] of held.values()) request(callback, options);
    return held.size;
  };
}

/** One cold visit: what was requested by each moment, and the JSON blocks the page carries. */
async function visit(browser, url) {
  let network;
  const page = await browser.open(url, {
    isolated: true,
    beforeLoad: async (p) => {
      network = await recordNetwork(p);
      await p.evaluateOnNewDocument(holdIdleCallbacks);
    },
  });
  try {
    const terms = await page.evaluate(() => window.hover.ready());
    const atLoad = network.mark();
    // The page's own idle work (a prefetch after load) has its chance, until the network is quiet.
    const held = await page.evaluate(() => window.releaseIdleCallbacks());
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    await network.quiet();
    const afterIdle = network.mark();
    const { x, y, text } = await page.evaluate(() => window.hover.arm());
    await page.mouse.move(x, y);
    await page.evaluate(() => window.hover.opened());
    const atTooltip = network.mark();
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/json"][data-ics-glossary]')].map((s) => s.textContent),
    );
    return {
      terms,
      held,
      hovered: text,
      phases: [
        await network.fetched(0, atLoad),
        await network.fetched(atLoad, afterIdle),
        await network.fetched(afterIdle, atTooltip),
      ],
      embedded: blocks.map((json) => ({ file: 'embedded JSON block', counted: true, ...compressedSizes(json) })),
    };
  } finally {
    await page.close();
  }
}

function phaseRows(benchmark, page, { terms, held, hovered, phases, embedded }, order, expected) {
  const [atLoad, atIdle, atTooltip] = phases;
  const counted = (responses) => responses.filter((r) => r.counted);
  const document = atLoad.find((r) => r.type === 'Document');
  const encodings = [...new Set(phases.flat().flatMap((r) => r.encoding ?? []))];
  const wire = encodings.length > 0 ? encodings.join(', ') : 'uncompressed';

  const row = (label, before, added, extra = {}) => {
    const all = [...before, ...added];
    const total = sumSizes(all);
    const wireBytes = all.reduce((sum, r) => sum + (r.wire ?? 0), 0);
    return {
      benchmark: `${benchmark}: ${label}`,
      measured: `${formatKiB(total.gzip)} gz · ${formatKiB(total.brotli)} br`,
      n: 1,
      ...extra,
      notes:
        `${before.length > 0 ? `earlier ${formatKiB(sumSizes(before).gzip)} + ` : ''}${describe(added)}; ` +
        `wire ${formatKiB(wireBytes)} (${wire}, with headers)${extra.notes ? `; ${extra.notes}` : ''}`,
    };
  };

  const loaded = [...counted(atLoad), ...embedded];
  const rows = [
    row('terms rendered, at load (before any tooltip)', [], loaded, {
      compared: `load order read from dist/: ${order.initial.map(chunkName).join(' + ')} ${formatKiB(expected.gzip)} gz`,
      ratio: `${formatRatio(sumSizes(loaded).gzip, expected.gzip)} gz`,
      target: `≤ ${page.target} KiB gz`,
      result: passOrMiss(sumSizes(loaded).gzip <= page.target * KIB),
      notes:
        `${formatCount(terms)} terms; the page itself ${formatKiB(document.gzip)} gz, not counted` +
        (held > 0 ? `; ${held} idle callbacks held until the terms had rendered` : '') +
        (counted(atIdle).length === 0 ? '; nothing more fetched at idle' : ''),
    }),
  ];
  const idle = counted(atIdle);
  if (idle.length > 0) rows.push(row('… after idle, before any interaction', loaded, idle));
  rows.push(row(`… first tooltip open (hover on "${hovered}")`, [...loaded, ...idle], counted(atTooltip)));
  return rows;
}

/** `dist/ics-glossary.js 9.1 + tooltip 7.3`: each response by name, gzip KiB. */
function describe(responses) {
  if (responses.length === 0) return 'nothing fetched';
  return responses.map((r) => `${chunkName(r.file)} ${(r.gzip / KIB).toFixed(1)}`).join(' + ') + ' KiB gz';
}
