/** A Markdown table, aligned for the terminal and pasteable into an issue as it is. */
export function markdownTable(header, rows) {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = header.map((_, i) => Math.max(3, ...all.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(all[0]), line(widths.map((w) => '-'.repeat(w))), ...all.slice(1).map(line)].join('\n');
}

export const formatCount = (n) => n.toLocaleString('en-GB');

export function formatMs(ms) {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${ms < 1 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

/** `a` as a multiple of `b`. */
export function formatRatio(a, b) {
  const r = a / b;
  return `${r < 10 ? r.toFixed(2) : r < 100 ? r.toFixed(1) : formatCount(Math.round(r))}×`;
}

/** min–max, the spread of a handful of runs. */
export function formatRange(stats) {
  return stats.n > 1 ? `${formatMs(stats.min)} – ${formatMs(stats.max)}` : 'one run';
}

export const passOrMiss = (ok) => (ok ? 'PASS' : 'MISS');
