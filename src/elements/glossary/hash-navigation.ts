/**
 * Deep links into a shadow root. The browser looks for `#icb` in the document, never inside our shadow
 * root, so it neither scrolls to an entry when the page opens nor when an in-page link is followed.
 * This controller does it instead: on connection (the element may be added long after the page loaded),
 * once the target has rendered, and on every `hashchange`, including those that Back and Forward cause.
 *
 * In-page links change `location.hash` themselves, so each step is a history entry and Back works.
 * When a related-term link is followed, the controller remembers it; on Back it puts focus on that link
 * again, so a keyboard or screen-reader user returns to the very place they left.
 */
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/** Where a deep link leads, as the host renders it. */
export interface Destination {
  /** Scrolled into view. */
  block: HTMLElement;
  /** Receives focus (it has `tabindex="-1"`). */
  focus: HTMLElement;
}

export interface Destinations {
  /** Whether the id names something this element lists. */
  has(id: string): boolean;
  /**
   * Makes the destination ready to show: highlights it and lifts a filter that hides it. Called with
   * `undefined` when the URL no longer names anything here, to drop the highlight.
   */
  prepare(id: string | undefined): void;
  /** The rendered destination, after `prepare` has taken effect. */
  locate(id: string): Destination | undefined;
}

interface ReturnPoint {
  /** The entry holding the link that was followed. */
  from: string;
  /** Where the link led. */
  to: string;
}

type Host = ReactiveControllerHost & HTMLElement;

function idInHash(): string | undefined {
  if (location.hash.length < 2) return undefined;
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return undefined;
  }
}

export class HashNavigation implements ReactiveController {
  readonly #host: Host;
  readonly #destinations: Destinations;
  /** An id from the URL that has not rendered yet, as when a custom glossary arrives late. */
  #pending?: string;
  /** The hashchange about to happen was caused by a click on one of our links. */
  #following = false;
  /** Keyed by the URL the reader left. */
  readonly #returnPoints = new Map<string, ReturnPoint>();
  #connection?: AbortController;

  constructor(host: Host, destinations: Destinations) {
    this.#host = host;
    this.#destinations = destinations;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connection = new AbortController();
    window.addEventListener('hashchange', this.#handleHashChange, { signal: this.#connection.signal });
    this.#pending = idInHash();
  }

  hostDisconnected(): void {
    this.#connection?.abort();
  }

  hostUpdated(): void {
    const id = this.#pending;
    if (id === undefined || !this.#destinations.has(id)) return;
    this.#pending = undefined;
    void this.#go(id);
  }

  /** For the host's click listener on its in-page links (`<a href="#id">`). */
  handleClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const link = (event.composedPath()[0] as Element | undefined)?.closest?.<HTMLAnchorElement>('a[href^="#"]');
    if (!link) return;
    const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
    if (!this.#destinations.has(id)) return;
    // Set the hash ourselves: `href="#id"` would resolve against a <base href> to another page.
    event.preventDefault();
    if (link.dataset.from) this.#returnPoints.set(location.href, { from: link.dataset.from, to: id });
    if (idInHash() === id) {
      // The URL already says so, so no hashchange will come; the reader has scrolled away since.
      void this.#go(id);
      return;
    }
    this.#following = true;
    location.hash = encodeURIComponent(id);
  };

  #handleHashChange = (): void => {
    const following = this.#following;
    this.#following = false;
    const back = following ? undefined : this.#returnPoints.get(location.href);
    if (back) {
      void this.#returnTo(back);
      return;
    }
    const id = idInHash();
    if (id !== undefined && this.#destinations.has(id)) {
      void this.#go(id);
    } else {
      this.#pending = id;
      this.#destinations.prepare(undefined);
    }
  };

  async #go(id: string): Promise<void> {
    // Never change state from inside an update (hostUpdated): let that one finish first.
    await this.#host.updateComplete;
    this.#destinations.prepare(id);
    await this.#host.updateComplete;
    const destination = this.#destinations.locate(id);
    if (!destination) return;
    destination.block.scrollIntoView({ block: 'start' });
    destination.focus.focus({ preventScroll: true });
  }

  async #returnTo({ from, to }: ReturnPoint): Promise<void> {
    await this.#host.updateComplete;
    this.#destinations.prepare(from);
    await this.#host.updateComplete;
    const block = this.#destinations.locate(from)?.block;
    const link = block?.querySelector<HTMLElement>(`a[href="#${CSS.escape(to)}"]`);
    if (!block || !link) return;
    link.scrollIntoView({ block: 'center' });
    link.focus({ preventScroll: true });
  }
}
