/** Summaries of repeated measurements: the median to report, and the spread to judge it by. */

function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    p95: quantile(sorted, 0.95),
  };
}

/**
 * Runs `once` `warmup` times unrecorded (JIT, caches, lazy chunks), then `runs` times, and returns
 * what each recorded run resolved to.
 */
export async function repeat(once, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) await once();
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  return results;
}

/**
 * `repeat` for several contenders that take turns within each round, so that drift in the machine's
 * speed hits all of them alike. Returns each contender's recorded results under its key.
 */
export async function takeTurns(contenders, options) {
  const rounds = await repeat(async () => {
    const round = {};
    for (const [key, once] of Object.entries(contenders)) round[key] = await once();
    return round;
  }, options);
  return Object.fromEntries(Object.keys(contenders).map((key) => [key, rounds.map((round) => round[key])]));
}
