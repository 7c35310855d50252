#!/usr/bin/env node
/**
 * `npm run size`: the size budgets CI enforces, for the self-contained build (dist/ics-glossary.js and
 * the chunks it loads later). Sizes only: timings vary from machine to machine, bytes do not.
 *
 * The bundle inlines the glossary, so code and data are measured apart. Code: the self-contained
 * build made again in memory from rollup.config.js with glossary/glossary.json replaced by an empty
 * glossary. Data: glossary/glossary.json minified, on its own, which is what it costs whether it is
 * inlined or served as a file of its own. Budgets: scripts/size-budgets.json. A budget whose target
 * the build does not meet yet has a ceiling: the target miss is reported with its reason, and growing
 * past the ceiling fails.
 */
import { BUDGETS_FILE, measureBudgets, verdictOf } from '../bench/sizes/budgets.js';
import { formatKiB } from '../bench/sizes/compress.js';
import { ROOT } from '../bench/paths.js';
import { markdownTable } from '../bench/table.js';

// rollup.config.js names its inputs and tsconfig relative to the package root.
process.chdir(ROOT);

const budgets = (await measureBudgets()).map((b) => ({ ...b, ...verdictOf(b) }));
const result = (b) => {
  if (b.status === 'pass') return 'PASS';
  const missed = `target missed by ${formatKiB(b.actual - b.budget)}`;
  return b.status === 'held' ? `${missed}; within its ${formatKiB(b.limit)} ceiling` : `OVER: ${missed}`;
};
// One line per file, so that the file that grew stands out; a total where a budget covers several.
const rows = budgets.flatMap((b) =>
  b.files.length === 1
    ? [[b.what, b.files[0].name, formatKiB(b.actual), formatKiB(b.budget), result(b)]]
    : [
        ...b.files.map((f, i) => [i === 0 ? b.what : '', f.name, formatKiB(f.gzip), '', '']),
        ['', 'total', formatKiB(b.actual), formatKiB(b.budget), result(b)],
      ],
);
console.log(markdownTable(['Budget (gzip)', 'File', 'Actual', 'Target', 'Result'], rows));
for (const b of budgets.filter((b) => b.note)) {
  console.log(`Besides "${b.what}": ${b.note.name}, ${formatKiB(b.note.gzip)} gzip, not counted in the budget.`);
}
console.log(`Budgets from ${BUDGETS_FILE}; code measured with the glossary data stubbed out (see this script's header).`);

for (const b of budgets.filter((b) => b.status === 'held')) {
  console.warn(`size target missed, held at its ceiling: ${b.what}: ${b.why}`);
}

const over = budgets.filter((b) => b.status === 'over');
for (const { limit, ...b } of over) {
  const files = b.files.map((f) => (b.files.length > 1 ? `${f.name} (${formatKiB(f.gzip)})` : f.name)).join(' + ');
  const which = limit === b.budget ? 'budget' : `ceiling (the target, ${formatKiB(b.budget)}, is not met yet)`;
  console.error(
    `size budget exceeded: ${files} grew to ${formatKiB(b.actual)} gzip (${b.what}), ` +
      `${b.actual - limit} bytes (${formatKiB(b.actual - limit)}) over its ${formatKiB(limit)} ${which}.`,
  );
}
process.exitCode = over.length > 0 ? 1 : 0;
