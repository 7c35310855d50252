/**
 * 6. Server-side tagging in Node: tagHtml on the 1 MB article against what it cannot avoid, parse5
 * parsing and serialising the same HTML.
 */
import { parseFragment, serialize } from 'parse5';
import { tagHtml } from '../../dist/server.js';
import { article } from '../article.js';
import { summarize, takeTurns } from '../stats.js';
import { formatCount, formatMs, formatRange, formatRatio } from '../table.js';

const BYTES = 1_000_000;

function timed(work) {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export async function serverTagSuite({ log }) {
  const html = article(BYTES);
  log('tagHtml: 1 MB article in Node');
  const contenders = {
    floor: () => serialize(parseFragment(html)),
    tagAll: () => tagHtml(html, { firstOnly: false }),
    tagFirst: () => tagHtml(html),
  };
  const samples = await takeTurns(
    Object.fromEntries(Object.entries(contenders).map(([key, work]) => [key, async () => timed(work)])),
    { warmup: 2, runs: 9 },
  );
  const floor = summarize(samples.floor);
  const terms = (output) => (output.match(/<ics-term[\s>]/g) ?? []).length;
  const row = (key, name) => {
    const stats = summarize(samples[key]);
    return {
      benchmark: `6. Server, 1 MB article: ${name}`,
      measured: formatMs(stats.median),
      compared: key === 'floor' ? '' : `floor ${formatMs(floor.median)}`,
      ratio: key === 'floor' ? '' : `${formatRatio(stats.median, floor.median)} floor`,
      spread: formatRange(stats),
      n: stats.n,
      notes:
        key === 'floor'
          ? 'parse5 parseFragment + serialize'
          : `${formatCount(terms(contenders[key]()))} <ics-term> in the output`,
    };
  };
  return [
    row('floor', 'floor: parse5 parse + serialize'),
    row('tagAll', 'tagHtml, firstOnly: false'),
    row('tagFirst', 'tagHtml, firstOnly: true (the default)'),
  ];
}
