/**
 * The budgeted figures of the one-script builds: what scripts/size-check.js enforces and the bench
 * reports, all in gzip. Pages are counted as a browser fetches them before any tooltip opens, file by
 * file (each compressed on its own), from builds made in memory (see self-contained.js). Code on its
 * own comes from a build with the glossary data stubbed out; the data is its two parts as they ship.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../paths.js';
import { compressedSizes, KIB, sumSizes } from './compress.js';
import { buildSelfContained, DATA_LESS_ENTRY, glossaryParts } from './self-contained.js';
import { tenTermsPage } from './ten-terms.js';

export const BUDGETS_FILE = 'scripts/size-budgets.json';

/** The chunk an `<ics-autotag>` loads: the element, and with it the tagger. */
const AUTOTAG_CHUNK = /-standalone-tagging-/;

const sized = (chunks, lazy = false) => chunks.map((c) => ({ name: `dist/${c.fileName}`, lazy, ...compressedSizes(c.code) }));

/**
 * Each budget with the files it covers and their sizes in bytes: `actual` is their gzip total, `budget`
 * the target, and `ceiling` (with `why`) the limit enforced while the target is not met.
 */
export async function measureBudgets() {
  const budgets = JSON.parse(await readFile(path.join(ROOT, BUDGETS_FILE), 'utf8'));
  const page = await buildSelfContained();
  const autotag = page.lazy.find((c) => AUTOTAG_CHUNK.test(c.fileName));
  if (!autotag) throw new Error('the one-script build has no <ics-autotag> chunk');
  const tagging = [...page.closure(autotag)].filter((c) => !page.initial.includes(c));
  const dataLess = await buildSelfContained({ entry: DATA_LESS_ENTRY });
  const served = await tenTermsPage();
  if (served.terms !== 10) throw new Error(`the ten-term page has ${served.terms} terms`);
  const block = served.html.match(/<script type="application\/json" data-ics-glossary>.*?<\/script>/s)?.[0] ?? '';
  const code = await buildSelfContained({ stubData: true });
  const [unsplit] = (await buildSelfContained({ stubData: true, oneFile: true })).initial;
  const { index, details } = await glossaryParts();

  const measured = [
    { key: 'handMarkedPage', what: 'a page of hand-marked terms, before any tooltip opens: code and index', files: sized(page.initial) },
    {
      key: 'autotagPage',
      what: 'an auto-tagged page, before any tooltip opens: code and index',
      files: [...sized(page.initial), ...sized(tagging, true)],
    },
    {
      key: 'serverTaggedPage',
      what: 'a server-tagged page of ten terms: the data-less build’s code, before any tooltip opens',
      files: sized(dataLess.initial),
      note: { name: 'the page’s embedded glossary block, in its HTML', ...compressedSizes(block) },
    },
    {
      key: 'allCode',
      what: 'all code, every lazy chunk included, glossary data stubbed out',
      files: [...sized(code.initial), ...sized(code.lazy, true)],
      // Each chunk is compressed alone; the same code in one file shows what loading it in parts costs.
      note: { name: 'the same code as one unsplit file', ...compressedSizes(unsplit.code) },
    },
    {
      key: 'allData',
      what: 'all bundled glossary data: the index and the details, minified JSON',
      files: [
        { name: 'src/generated/glossary-index.json', lazy: false, ...compressedSizes(index) },
        { name: 'src/generated/glossary-details.json', lazy: true, ...compressedSizes(details) },
      ],
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
