#!/usr/bin/env node
/**
 * `node bench/breakdown.js`: what takes the bytes in the self-contained build, module by module and
 * package by package, to decide what to cut when a budget is missed. Each module's code as rollup
 * rendered it (tree-shaken) is minified with terser on its own, then gzipped on its own; the gzip
 * figures do not add up to the file's (gzip shares repeats across modules) but they rank fairly.
 * Last, what each field of the glossary data costs: the gzip bytes saved if it were left out.
 */
import path from 'node:path';
import { minify } from 'terser';
import { compressedSizes, formatKiB } from './sizes/compress.js';
import { GLOSSARY_JSON, ROOT } from './paths.js';
import { readFile } from 'node:fs/promises';
import { buildSelfContained, TERSER_OPTIONS } from './sizes/self-contained.js';
import { markdownTable } from './table.js';

// rollup.config.js names its inputs and tsconfig relative to the package root.
process.chdir(ROOT);

/** `lit-html`, `@lit/context`, `src/elements/term`, `glossary`: where a module comes from. */
function packageOf(id) {
  const file = path.relative(ROOT, id.replace(/^\0/, '').replace(/\?.*$/, ''));
  const inModules = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) return inModules[1];
  return path.dirname(file);
}

// A module on its own uses none of its own declarations, so terser must not drop them as unused.
const KEEP_DECLARATIONS = { ...TERSER_OPTIONS, compress: { ...TERSER_OPTIONS.compress, unused: false } };

async function moduleSizes(chunk) {
  const load = `${chunk.isEntry ? '' : 'lazy '}${chunk.fileName}`;
  const sizes = [];
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.code) continue;
    const { code } = await minify(module.code, KEEP_DECLARATIONS);
    sizes.push({
      id: path.relative(ROOT, id.replace(/^\0/, '')),
      pkg: packageOf(id),
      load,
      rendered: module.renderedLength,
      ...compressedSizes(code ?? ''),
    });
  }
  return sizes;
}

const { initial, lazy } = await buildSelfContained();
const modules = [];
for (const chunk of [...initial, ...lazy]) modules.push(...(await moduleSizes(chunk)));

const byPackage = new Map();
for (const m of modules) {
  const key = `${m.pkg}|${m.load}`;
  const sum = byPackage.get(key) ?? { pkg: m.pkg, load: m.load, raw: 0, gzip: 0, modules: 0 };
  sum.raw += m.raw;
  sum.gzip += m.gzip;
  sum.modules += 1;
  byPackage.set(key, sum);
}

const total = modules.reduce((sum, m) => sum + m.raw, 0);
const share = (raw) => `${((raw / total) * 100).toFixed(1)}%`;
console.log('By package (minified bytes; gzip of each module alone, summed):\n');
console.log(
  markdownTable(
    ['Package or folder', 'In', 'Modules', 'Minified', 'Share', 'Gzip (alone)'],
    [...byPackage.values()]
      .sort((a, b) => b.raw - a.raw)
      .map((p) => [p.pkg, p.load, p.modules, formatKiB(p.raw), share(p.raw), formatKiB(p.gzip)]),
  ),
);
console.log('\nBy module:\n');
console.log(
  markdownTable(
    ['Module', 'In', 'Rendered', 'Minified', 'Share', 'Gzip (alone)'],
    modules
      .sort((a, b) => b.raw - a.raw)
      .map((m) => [m.id, m.load, formatKiB(m.rendered), formatKiB(m.raw), share(m.raw), formatKiB(m.gzip)]),
  ),
);

const data = JSON.parse(await readFile(GLOSSARY_JSON, 'utf8'));
const dataGzip = compressedSizes(JSON.stringify(data)).gzip;
const fields = [...new Set(data.entries.flatMap((entry) => Object.keys(entry)))];
const without = (field) => ({ ...data, entries: data.entries.map(({ [field]: _, ...rest }) => rest) });
console.log(`\nGlossary data by field (${data.entries.length} entries, ${formatKiB(dataGzip)} gzip minified):\n`);
console.log(
  markdownTable(
    ['Field', 'Gzip saved without it', 'Share'],
    fields
      .map((field) => [field, dataGzip - compressedSizes(JSON.stringify(without(field))).gzip])
      .sort((a, b) => b[1] - a[1])
      .map(([field, saved]) => [field, formatKiB(saved), `${((saved / dataGzip) * 100).toFixed(1)}%`]),
  ),
);
