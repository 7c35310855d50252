/**
 * 6. Server-side tagging in Node: tagHtml on the 1 MB and 10 MB articles and on 1,500 nested lists
 * with a descendant selector to exclude, against what it cannot avoid, parse5 parsing the same HTML;
 * and the peak memory of the command line tagging 1, 10 and 50 MB pages, against a process that only
 * reads and parses them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFragment } from 'parse5';
import { tagHtml } from '../../dist/server.js';
import { article } from '../article.js';
import { ROOT } from '../paths.js';
import { summarize, takeTurns } from '../stats.js';
import { formatCount, formatMs, formatRange, formatRatio } from '../table.js';

const MB = 1_000_000;

function timed(work) {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const terms = (output) => (output.match(/<ics-term[\s>]/g) ?? []).length;

/** Rows for tagHtml on `html` in each of `variants`, against parsing the same HTML. */
async function speedRows(page, html, variants, { warmup, runs }, log) {
  log(`tagHtml: ${page} in Node`);
  const contenders = { floor: () => parseFragment(html) };
  for (const [key, { options }] of Object.entries(variants)) contenders[key] = () => tagHtml(html, options);
  const samples = await takeTurns(
    Object.fromEntries(Object.entries(contenders).map(([key, work]) => [key, async () => timed(work)])),
    { warmup, runs },
  );
  const floor = summarize(samples.floor);
  const row = (key, name) => {
    const stats = summarize(samples[key]);
    return {
      benchmark: `6. Server, ${page}: ${name}`,
      measured: formatMs(stats.median),
      compared: key === 'floor' ? '' : `floor ${formatMs(floor.median)}`,
      ratio: key === 'floor' ? '' : `${formatRatio(stats.median, floor.median)} floor`,
      spread: formatRange(stats),
      n: stats.n,
      notes: key === 'floor' ? 'parse5 parseFragment' : `${formatCount(terms(contenders[key]()))} <ics-term> in the output`,
    };
  };
  return [row('floor', 'floor: parse5 parse'), ...Object.entries(variants).map(([key, { name }]) => row(key, name))];
}

const ARTICLE_VARIANTS = {
  tagAll: { name: 'tagHtml, firstOnly: false', options: { firstOnly: false } },
  tagFirst: { name: 'tagHtml, firstOnly: true (the default)', options: {} },
};

/** Peak resident memory, in bytes, of `node args…`, as bench/peak-memory.js reports it. */
function peakMemory(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', path.join(ROOT, 'bench/peak-memory.js'), ...args], {
      stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
    });
    let report = '';
    child.stdio[3].on('data', (data) => (report += data));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(report) * 1024) : reject(new Error(`node ${args.join(' ')} exited with ${code}`))));
  });
}

const PARSE_ONLY = "import { readFileSync } from 'node:fs'; import { parse } from 'parse5'; parse(readFileSync(process.argv[1], 'utf8'));";

async function memoryRows(log) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ics-bench-'));
  const rows = [];
  const perByte = [];
  try {
    for (const size of [1, 10, 50]) {
      const page = path.join(dir, `article-${size}.html`);
      writeFileSync(page, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Article</title></head><body>${article(size * MB)}</body></html>\n`);
      log(`ics-glossary tag: peak memory for a ${size} MB page`);
      const floor = await peakMemory(['--input-type=module', '-e', PARSE_ONLY, page]);
      const tagged = await peakMemory([path.join(ROOT, 'dist/cli.js'), 'tag', '--all', page]);
      perByte.push([size, tagged]);
      rows.push({
        benchmark: `6. Server, ${size} MB page: peak memory of ics-glossary tag --all`,
        measured: `${formatCount(Math.round(tagged / 2 ** 20))} MiB`,
        compared: `floor ${formatCount(Math.round(floor / 2 ** 20))} MiB`,
        ratio: `${formatRatio(tagged, floor)} floor`,
        spread: 'one run',
        n: 1,
        notes: 'floor: a node process that reads the page and parses it with parse5',
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Growth from one size to the next, per megabyte of page: flat when memory grows with the input.
  for (let i = 1; i < perByte.length; i++) {
    const [[from, low], [to, high]] = [perByte[i - 1], perByte[i]];
    rows.push({
      benchmark: `6. Server, ${from} → ${to} MB page: memory added per MB of page`,
      measured: `${((high - low) / 2 ** 20 / (to - from)).toFixed(1)} MiB`,
      spread: 'one run',
      n: 1,
      notes: 'constant when memory grows no faster than the input',
    });
  }
  return rows;
}

export async function serverTagSuite({ log }) {
  // Each <li> inside all the lists before it, and no <nav> around them: a selector engine that tries
  // every <ul> above each <li>, and every ancestor of each of those, takes time growing with the cube
  // of the depth.
  const lists = `<nav></nav>${'<ul><li>ICS and the ICB '.repeat(1500)}`;
  const excluded = { tagExcluded: { name: "tagHtml, exclude: 'nav ul li'", options: { exclude: 'nav ul li' } } };
  return [
    ...(await speedRows('1 MB article', article(MB), ARTICLE_VARIANTS, { warmup: 2, runs: 9 }, log)),
    ...(await speedRows('10 MB article', article(10 * MB), ARTICLE_VARIANTS, { warmup: 1, runs: 5 }, log)),
    ...(await speedRows('1,500 nested lists', lists, excluded, { warmup: 2, runs: 9 }, log)),
    ...(await memoryRows(log)),
  ];
}
