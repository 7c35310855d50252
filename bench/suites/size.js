/**
 * 1. Sizes: every built file, what a page fetches before and after the first tooltip, the code and
 * the data on their own against their budgets, and tippy.js with Popper as the peer; then what a
 * bundler keeps of the package for one-line consumers, against the one that imports every element.
 */
import { measureBudgets } from '../sizes/budgets.js';
import { compressedSizes, formatKiB } from '../sizes/compress.js';
import { bundleConsumer, CONSUMERS } from '../sizes/consumers.js';
import { chunkName, distFiles, loadOrder, sizesOf } from '../sizes/dist.js';
import { tippyBundle } from '../sizes/peer.js';
import { formatRatio, passOrMiss } from '../table.js';

const SELF_CONTAINED = 'dist/ics-glossary.js';

const describe = (s) => `${formatKiB(s.gzip)} gz · ${formatKiB(s.brotli)} br`;

/** `dist/ics-glossary.js + 2 lazy chunks (tooltip, citation)`: lazy chunks named without their hashes. */
function fileList(files, lazy = []) {
  const loaded = files.join(' + ');
  return lazy.length === 0 ? loaded : `${loaded} + ${lazy.length} lazy chunks (${lazy.map(chunkName).join(', ')})`;
}

export async function sizeSuite({ log }) {
  log('sizes: dist/, the code-only build and tippy.js');
  const peer = compressedSizes(await tippyBundle());
  const versus = (ours) => ({
    compared: `tippy.js + Popper ${describe(peer)}`,
    ratio: `${formatRatio(ours.gzip, peer.gzip)} gz`,
  });

  const rows = [];
  for (const file of await distFiles()) {
    const sizes = await sizesOf([file]);
    rows.push({ benchmark: `1. Size: ${file}`, measured: describe(sizes), notes: `${formatKiB(sizes.raw)} raw` });
  }

  const { initial, lazy } = await loadOrder(SELF_CONTAINED);
  const before = await sizesOf(initial);
  const all = await sizesOf([...initial, ...lazy]);
  rows.push(
    {
      benchmark: '1. Size: loaded before any tooltip opens',
      measured: describe(before),
      ...versus(before),
      notes: `${fileList(initial)}, glossary data included`,
    },
    {
      benchmark: '1. Size: all of it, every lazy chunk included',
      measured: describe(all),
      ...versus(all),
      notes: `${fileList(initial, lazy)}, glossary data included`,
    },
  );

  for (const budget of await measureBudgets()) {
    const row = {
      benchmark: `1. Budget: ${budget.what}`,
      measured: describe(budget.total),
      target: `≤ ${formatKiB(budget.budget)} gz`,
      result: passOrMiss(budget.actual <= budget.budget),
      notes: fileList(
        budget.files.filter((f) => !f.lazy).map((f) => f.name),
        budget.files.filter((f) => f.lazy).map((f) => f.name),
      ),
    };
    if (budget.key !== 'allData') Object.assign(row, versus({ gzip: budget.actual }));
    if (budget.note) row.notes += `; and ${budget.note.name}, ${formatKiB(budget.note.gzip)} gz`;
    rows.push(row);
  }
  rows.push(...(await treeShakenRows()));
  return rows;
}

/** Each consumer bundled whole, and with the glossary data stubbed out; compared with `everything`. */
async function treeShakenRows() {
  const measured = {};
  for (const [name, source] of Object.entries(CONSUMERS)) {
    measured[name] = {
      source,
      whole: compressedSizes((await bundleConsumer(source)).code),
      code: compressedSizes((await bundleConsumer(source, { stubData: true })).code),
    };
  }
  const { everything } = measured;
  return Object.entries(measured).map(([name, { source, whole, code }]) => ({
    benchmark: `1. Size, tree-shaken: \`${source}\``,
    measured: describe(whole),
    ...(name === 'everything'
      ? {}
      : { compared: `every element ${describe(everything.whole)}`, ratio: `${formatRatio(whole.gzip, everything.whole.gzip)} gz` }),
    notes: `esbuild bundle of the built package, minified, glossary data included; code alone ${describe(code)}`,
  }));
}
