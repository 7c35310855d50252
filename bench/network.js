/**
 * What a page fetched, from the browser's network log (the DevTools protocol's Network domain): each
 * response's bytes on the wire, and its body compressed as `npm run size` compresses files, so the two
 * can be read side by side.
 */
import { compressedSizes } from './sizes/compress.js';

/** The bench's own page scripts: they measure, and are no part of what a reader's page fetches. */
const INSTRUMENT = /^\/bench\/(pages|bundles)\//;

/**
 * Starts recording `page` (call it from `browser.open`'s `beforeLoad`, so the first request is seen).
 * `mark()` returns a marker of what has been requested so far; `fetched()` the requests made
 * (started) between two markers, with their sizes once they have finished.
 */
export async function recordNetwork(page) {
  const requests = [];
  const byId = new Map();
  let lastActivity = performance.now();
  const { cdp } = page;

  cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
    lastActivity = performance.now();
    if (request.url.startsWith('data:') || byId.has(requestId)) return;
    const entry = { url: request.url, type, finished: false };
    entry.done = new Promise((resolve) => (entry.settle = resolve));
    requests.push(entry);
    byId.set(requestId, entry);
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const entry = byId.get(requestId);
    if (!entry) return;
    const header = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding');
    entry.status = response.status;
    entry.encoding = header?.[1];
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    lastActivity = performance.now();
    const entry = byId.get(requestId);
    if (!entry) return;
    entry.wire = encodedDataLength;
    // The body as the browser decoded it: what a server compressing it would have sent compressed.
    cdp
      .send('Network.getResponseBody', { requestId })
      .then(({ body, base64Encoded }) =>
        Object.assign(entry, compressedSizes(Buffer.from(body, base64Encoded ? 'base64' : 'utf8'))),
      )
      .catch((error) => (entry.error = error.message))
      .finally(() => {
        entry.finished = true;
        entry.settle();
      });
  });
  cdp.on('Network.loadingFailed', ({ requestId, errorText }) => {
    lastActivity = performance.now();
    const entry = byId.get(requestId);
    if (!entry) return;
    entry.error = errorText;
    entry.finished = true;
    entry.settle();
  });
  await cdp.send('Network.enable');

  return {
    mark: () => requests.length,

    /** Until nothing is in flight and nothing new has been requested for `ms`. */
    async quiet(ms = 1000, timeout = 30_000) {
      const deadline = performance.now() + timeout;
      while (requests.some((r) => !r.finished) || performance.now() - lastActivity < ms) {
        if (performance.now() > deadline) throw new Error(`the network was still busy after ${timeout} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },

    /**
     * The responses requested between markers `from` and `to`, finished, each with `file` (its path
     * on the server), `type`, `wire` (bytes received, headers included), `raw`, `gzip`, `brotli`,
     * `encoding` (a Content-Encoding, if the server sent one) and whether it is `counted`: the page's
     * document and the bench's own scripts are not code or data the library made the page fetch.
     */
    async fetched(from = 0, to = requests.length) {
      const slice = requests.slice(from, to);
      await Promise.all(slice.map((r) => r.done));
      return slice.map((r) => {
        if (r.error) throw new Error(`${r.url}: ${r.error}`);
        const file = new URL(r.url).pathname;
        return { ...r, file, counted: r.type !== 'Document' && !INSTRUMENT.test(file) };
      });
    },
  };
}
