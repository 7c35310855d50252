/**
 * 2. Auto-tagging an article with the full glossary: autotag against mark.js, findAndReplaceDOMText
 * and the floor (a TreeWalker that only reads the text), at three sizes to show how cost grows.
 */
import { article, articleSource } from '../article.js';
import { collectGarbage, htmlPage } from '../browser.js';
import { serveBundle } from '../bundles.js';
import { repeat, summarize, takeTurns } from '../stats.js';
import { formatCount, formatMs, formatRange, formatRatio, passOrMiss } from '../table.js';

const MB = 1_000_000;
const SIZES = [
  { label: '100 KB', bytes: 100_000, warmup: 3, runs: 15 },
  { label: '1 MB', bytes: MB, warmup: 2, runs: 7 },
  // Every contender is warm from the smaller sizes by now; 10 MB runs are long, so fewer.
  { label: '10 MB', bytes: 10 * MB, warmup: 0, runs: 3 },
];
/** The ratio to the floor autotag must stay within on 1 MB. */
const FLOOR_MULTIPLE = 3;
/** How far the cost per MB at 100 KB and 10 MB may stray from 1 MB's and still count as "the same". */
const PER_MB_TOLERANCE = 0.3;

/** Keys are the contenders of bench/pages/autotag.js. */
const CONTENDERS = [
  { key: 'floor', name: 'floor: TreeWalker reads every text node' },
  { key: 'search', name: 'ours, search only: floor + compileMatcher().find, no DOM changes' },
  { key: 'autotag', name: 'ours, raw tagging (<ics-term> not defined): autotag, firstOnly: false' },
  { key: 'autotagFirstOnly', name: 'ours, raw tagging (<ics-term> not defined): autotag, firstOnly: true (the default)' },
  { key: 'markRegExp', name: 'mark.js markRegExp, same regex', peer: true },
  { key: 'findAndReplaceDOMText', name: 'findAndReplaceDOMText, same regex', peer: true },
];
/** mark.js makes one pass per form, ~4 minutes for 1 MB with 721 forms: run once, on 1 MB only. */
const SLOW = { key: 'markArray', name: 'mark.js mark(forms)', peer: true, at: '1 MB' };

export async function autotagSuite({ browser, log }) {
  const script = await serveBundle(browser, 'autotag');
  const html = htmlPage({ title: 'autotag', body: '<main id="article"></main>', scripts: [script] });
  browser.serve('/bench/autotag.html', 'text/html', html);
  const page = await browser.open('/bench/autotag.html');
  const context = { forms: await page.evaluate(() => window.bench.forms), source: articleSource().name };
  const rows = [];
  const ours = {};
  try {
    for (const size of SIZES) {
      const url = `/bench/article-${size.bytes}.html`;
      browser.serve(url, 'text/html', article(size.bytes));
      await page.evaluate((u) => window.bench.load(u), url);
      const timed = (key) => async () => {
        await collectGarbage(page);
        return page.evaluate((k) => window.bench.run(k), key);
      };

      log(`autotag ${size.label}: ${CONTENDERS.length} contenders, ${size.warmup} warm-up + ${size.runs} runs`);
      const results = await takeTurns(Object.fromEntries(CONTENDERS.map((c) => [c.key, timed(c.key)])), size);
      const reference = {
        floor: summarize(results.floor.map((r) => r.ms)).median,
        ours: summarize(results.autotag.map((r) => r.ms)).median,
      };
      for (const c of CONTENDERS) {
        const row = contenderRow(c, results[c.key], reference, size, context);
        rows.push(row);
        if (c.key === 'autotag') ours[size.label] = row;
      }

      if (SLOW.at === size.label) {
        log(`autotag ${size.label}: ${SLOW.name}, one run (slow)`);
        rows.push(contenderRow(SLOW, await repeat(timed(SLOW.key), { warmup: 0, runs: 1 }), reference, size, context));
      }
    }
  } finally {
    await page.close();
  }
  judge(ours);
  rows.push(...(await autotagDefinedSuite({ browser, log })));
  return rows;
}

/**
 * With the elements defined, as on a real site: autotag() until every term it made has rendered,
 * against the peer and the floor timed on the same page (bench/pages/autotag-defined.js).
 */
const DEFINED = {
  size: SIZES[1],
  contenders: {
    floor: 'floor: TreeWalker reads every text node',
    search: 'floor + our search (compileMatcher().find), no DOM change',
    regexSearch: 'floor + the peers\' regex over every text node, no DOM change',
    findAndReplaceDOMText: 'findAndReplaceDOMText, same regex',
    findAndReplaceLitFloor: 'findAndReplaceDOMText wrapping a minimal Lit term, until rendered',
    autotag: 'ours: autotag(), firstOnly: false, until every <ics-term> rendered',
    autotagFirstOnly: 'ours: autotag(), firstOnly: true (the default), until every <ics-term> rendered',
  },
  // Issue 17's targets: what is compared with what, and within which multiple.
  targets: {
    autotag: { against: 'findAndReplaceDOMText', within: 2 },
    autotagFirstOnly: { against: 'floor', within: 3 },
  },
  // What bounds each from below, measured beside it: the same words found, or the same number of minimal
  // Lit terms wrapped and rendered.
  bounds: {
    autotag: { against: 'findAndReplaceLitFloor', why: 'the peer wrapping the same matches in the least a Lit term can be' },
    autotagFirstOnly: { against: 'search', why: 'finding the same words, which firstOnly does not spare: it wraps 31 but must look at every match' },
  },
};

export async function autotagDefinedSuite({ browser, log }) {
  const script = await serveBundle(browser, 'autotag-defined');
  const html = htmlPage({ title: 'autotag, defined', body: '<main id="article"></main>', scripts: [script] });
  browser.serve('/bench/autotag-defined.html', 'text/html', html);
  const { size, contenders, targets, bounds } = DEFINED;
  const url = `/bench/article-${size.bytes}.html`;
  browser.serve(url, 'text/html', article(size.bytes));
  const page = await browser.open('/bench/autotag-defined.html');
  let results;
  try {
    await page.evaluate(() => window.bench.ready());
    await page.evaluate((u) => window.bench.load(u), url);
    log(`autotag ${size.label}, elements defined: ${size.warmup} warm-up + ${size.runs} runs`);
    const timed = (key) => async () => {
      await collectGarbage(page);
      return page.evaluate((k) => window.bench.run(k), key);
    };
    results = await takeTurns(Object.fromEntries(Object.keys(contenders).map((key) => [key, timed(key)])), size);
  } finally {
    await page.close();
  }
  const stats = Object.fromEntries(Object.entries(results).map(([key, runs]) => [key, summarize(runs.map((r) => r.ms))]));
  const ratioTo = (key, against) => formatRatio(stats[key].median, stats[against].median);
  const rows = Object.entries(contenders).map(([key, name]) => {
    const target = targets[key];
    const versus = target && stats[target.against];
    const ratio = versus && stats[key].median / versus.median;
    const run = results[key][0];
    const element = { findAndReplaceDOMText: '<mark>', findAndReplaceLitFloor: '<floor-term>' }[key] ?? '<ics-term>';
    const count =
      key === 'floor' ? `${formatCount(run.returned)} characters of text`
      : key === 'search' || key === 'regexSearch' ? `${formatCount(run.returned)} matches`
      : `${formatCount(run.wrapped)} ${element} inserted`;
    return {
      benchmark: `2. Autotag ${size.label}, elements defined: ${name}`,
      measured: formatMs(stats[key].median),
      compared: versus ? `${target.against} ${formatMs(versus.median)}` : '',
      ratio: versus ? ratioTo(key, target.against) : '',
      spread: formatRange(stats[key]),
      n: stats[key].n,
      target: target ? `≤ ${target.within}× ${target.against}` : '',
      result: target ? passOrMiss(ratio <= target.within) : '',
      notes: key.startsWith('autotag') ? `${count}; shipped dist/ics-glossary.js, upgrade and first render included` : count,
    };
  });
  for (const [key, bound] of Object.entries(bounds)) {
    rows.push({
      benchmark: `2. Autotag ${size.label}, elements defined: ${contenders[key]}, against what bounds it`,
      measured: formatMs(stats[key].median),
      compared: `${bound.against} ${formatMs(stats[bound.against].median)}`,
      ratio: ratioTo(key, bound.against),
      spread: formatRange(stats[bound.against]),
      n: stats[bound.against].n,
      notes: `the bound: ${bound.why}; ${bound.against} is ${ratioTo(bound.against, targets[key].against)} ${targets[key].against} (spread is the bound's)`,
    });
  }
  return rows;
}

function contenderRow(contender, runs, reference, size, context) {
  const stats = summarize(runs.map((r) => r.ms));
  const perMb = stats.median / (size.bytes / MB);
  const isFloor = contender.key === 'floor';
  const notes = notesFor(contender.key, runs[0], context);
  return {
    benchmark: `2. Autotag ${size.label}: ${contender.name}`,
    measured: `${formatMs(stats.median)} (${formatMs(perMb)}/MB)`,
    compared: isFloor ? '' : `floor ${formatMs(reference.floor)}`,
    ratio: isFloor ? '' : `${formatRatio(stats.median, reference.floor)} floor`,
    spread: formatRange(stats),
    n: stats.n,
    notes: contender.peer ? `${formatRatio(stats.median, reference.ours)} ours (firstOnly: false); ${notes}` : notes,
    perMb,
    floorMultiple: stats.median / reference.floor,
  };
}

/** Targets: within a multiple of the floor on 1 MB, and the same cost per MB at the other sizes. */
function judge(ours) {
  const base = ours['1 MB'];
  base.target = `≤ ${FLOOR_MULTIPLE}× floor`;
  base.result = passOrMiss(base.floorMultiple <= FLOOR_MULTIPLE);
  for (const label of ['100 KB', '10 MB']) {
    const row = ours[label];
    const relative = row.perMb / base.perMb;
    row.target = `ms/MB within ±${PER_MB_TOLERANCE * 100}% of 1 MB's`;
    row.result = `${passOrMiss(Math.abs(relative - 1) <= PER_MB_TOLERANCE)} (${relative.toFixed(2)}× 1 MB's)`;
  }
}

function notesFor(key, run, { forms, source }) {
  if (key === 'floor') return `${formatCount(run.returned)} characters of text; article built from the ${source}`;
  if (key === 'search') return `${formatCount(run.returned)} matches`;
  const inserted = `${formatCount(run.wrapped)} ${key.startsWith('autotag') ? '<ics-term>' : '<mark>'} inserted`;
  if (key.startsWith('autotag')) return `${inserted}; <ics-term> not defined: raw tagging cost, no upgrade`;
  if (key === 'markArray') return `${inserted}; ${forms} forms, one pass each; too slow for other sizes`;
  if (key === 'findAndReplaceDOMText') return `${inserted}; also matches across inline elements`;
  return inserted;
}
