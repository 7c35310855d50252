/**
 * Fetching a site's glossary JSON. Every way it can fail becomes one `GlossaryLoadError` with a
 * readable reason, so the provider can report it once and keep the glossary it already has.
 */

export class GlossaryLoadError extends Error {
  override name = 'GlossaryLoadError';
}

/**
 * The parsed JSON at `src`. Rejects with a `GlossaryLoadError` on an HTTP error, a network error, no
 * answer within `timeout` ms or a body that is not JSON; with the caller's abort reason when `signal`
 * aborts first.
 */
export async function fetchGlossaryJson(src: string, signal: AbortSignal, timeout: number): Promise<unknown> {
  // One controller for both the caller's abort and the timeout (AbortSignal.any is too new for Safari 17.0).
  const request = new AbortController();
  const abort = () => request.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeout);
  let body: string;
  try {
    const response = await fetch(src, { signal: request.signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      throw new GlossaryLoadError(`the server answered ${response.status} ${response.statusText}`.trim());
    }
    body = await response.text();
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof GlossaryLoadError) throw error;
    throw new GlossaryLoadError(timedOut ? `no answer within ${timeout} ms` : `network error (${String(error)})`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new GlossaryLoadError(`the answer is not JSON (${(error as Error).message})`);
  }
}
