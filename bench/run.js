#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark of issue 7, measured in one run on this machine, printed as one
 * table on stdout (progress goes to stderr). `node bench/run.js autotag tooltip` runs only those
 * suites. Needs a build (`npm run build`); see bench/README.md for how to read the table.
 */
import { existsSync } from 'node:fs';
import { startBrowser } from './browser.js';
import { ROOT } from './paths.js';
import { markdownTable } from './table.js';

// rollup.config.js and the dev server name their files relative to the package root.
process.chdir(ROOT);

const SUITES = {
  size: { browser: false, load: async () => (await import('./suites/size.js')).sizeSuite },
  bytes: { browser: true, load: async () => (await import('./suites/bytes.js')).bytesSuite },
  autotag: { browser: true, load: async () => (await import('./suites/autotag.js')).autotagSuite },
  // The elements-defined rows of `autotag` alone, without the raw-tagging sizes and mark.js's long run.
  'autotag-defined': { browser: true, load: async () => (await import('./suites/autotag.js')).autotagDefinedSuite },
  custom: { browser: true, load: async () => (await import('./suites/custom-glossary.js')).customGlossarySuite },
  upgrade: { browser: true, load: async () => (await import('./suites/upgrade.js')).upgradeSuite },
  tooltip: { browser: true, load: async () => (await import('./suites/tooltip.js')).tooltipSuite },
  glossary: { browser: true, load: async () => (await import('./suites/glossary.js')).glossarySuite },
  server: { browser: false, load: async () => (await import('./suites/server-tag.js')).serverTagSuite },
};

const NEEDED = ['dist/ics-glossary.js', 'dist/server.js'];

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  console.error(`Unknown suite ${unknown.join(', ')}; choose from ${Object.keys(SUITES).join(', ')}.`);
  process.exit(2);
}
const missing = NEEDED.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`${missing.join(' and ')} missing: run \`npm run build\` (or \`npx rollup -c\`) first.`);
  process.exit(2);
}

const names = chosen.length > 0 ? chosen : Object.keys(SUITES);
const started = performance.now();
const log = (message) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const browser = names.some((name) => SUITES[name].browser) ? await startBrowser() : undefined;
const rows = [];
try {
  for (const name of names) rows.push(...(await (await SUITES[name].load())({ browser, log })));
} finally {
  await browser?.close();
}
log('done');

const COLUMNS = ['benchmark', 'measured', 'compared', 'ratio', 'spread', 'n', 'target', 'result', 'notes'];
console.log(
  markdownTable(
    ['Benchmark', 'Measured (median)', 'Compared with', 'Ratio', 'Spread', 'n', 'Target', 'Result', 'Notes'],
    rows.map((row) => COLUMNS.map((column) => row[column] ?? '')),
  ),
);
