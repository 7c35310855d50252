/**
 * The budgeted figures of the self-contained build: what scripts/size-check.js enforces and the bench
 * reports. Code comes from a build with the glossary stubbed out (see self-contained.js); the data is
 * glossary.json minified, counted on its own whether the bundle inlines it or serves it as a file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../paths.js';
import { compressedSizes, KIB, sumSizes } from './compress.js';
import { buildSelfContained, minifiedGlossary } from './self-contained.js';

export const BUDGETS_FILE = 'scripts/size-budgets.json';

const files = (chunks, lazy) => chunks.map((c) => ({ name: `dist/${c.fileName}`, lazy, ...compressedSizes(c.code) }));

/**
 * Each budget with the files it covers and their sizes in bytes: `actual` is their gzip total, `budget`
 * the target, and `ceiling` (with `why`) the limit enforced while the target is not met.
 */
export async function measureBudgets() {
  const budgets = JSON.parse(await readFile(path.join(ROOT, BUDGETS_FILE), 'utf8'));
  const { initial, lazy } = await buildSelfContained({ stubData: true });
  const measured = [
    { key: 'initialCode', what: 'code loaded before any tooltip opens', files: files(initial, false) },
    { key: 'allCode', what: 'all code, every lazy chunk included', files: [...files(initial, false), ...files(lazy, true)] },
    {
      key: 'glossaryData',
      what: 'bundled glossary data, minified JSON',
      files: [{ name: 'glossary/glossary.json', lazy: false, ...compressedSizes(await minifiedGlossary()) }],
    },
  ];
  return measured.map((m) => {
    const total = sumSizes(m.files);
    const { target, ceiling, why } = budgets[m.key];
    return { ...m, total, actual: total.gzip, budget: target * KIB, ceiling: ceiling && ceiling * KIB, why };
  });
}

/**
 * `pass`: the target is met. `held`: missed, but within the ceiling set while the gap is open.
 * `over`: past the limit that applies, which fails `npm run size`.
 */
export function verdictOf({ actual, budget, ceiling }) {
  if (actual <= budget) return { status: 'pass', limit: budget };
  if (ceiling && actual <= ceiling) return { status: 'held', limit: ceiling };
  return { status: 'over', limit: ceiling || budget };
}
