import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { SlotElement } from '../slot-element.js';
import { defaultGlossary, onDefaultGlossaryChange } from '../../default-glossary.js';
import { glossaryContext } from '../../context.js';
import { markProviderSeen } from '../../provider-presence.js';
import type { Glossary } from '../../model/glossary.js';
import { loadGlossary, mergeGlossary, type MergeMode } from '../../model/load.js';
import { describeIssue } from '../../model/validate.js';
import { fetchGlossaryJson, GlossaryLoadError } from './load.js';

export interface GlossaryErrorDetail {
  /** Why the data could not be used: "the server answered 404 Not Found", "no answer within 5000 ms"… */
  reason: string;
  /** The `src` that failed, or null when the data came from the inline script or the `data` property. */
  src: string | null;
}

export interface GlossaryLoadDetail {
  src: string;
  /** The glossary now provided: the loaded entries merged over (or replacing) the outer one. */
  glossary: Glossary;
}

const INLINE_DATA = ':scope > script[type="application/json"]';

/** The JSON of `data`, or undefined for data that has none (cyclic), which is read every time. */
function jsonOf(data: unknown): string | undefined {
  try {
    return JSON.stringify(data);
  } catch {
    return undefined;
  }
}

/**
 * Gives every glossary element inside it a site's own glossary, merged over the bundled one or
 * replacing it. Providers nest: an inner one merges over the glossary of the provider around it.
 *
 * The custom data comes from, in order of precedence: the `glossary` property, the `data` property,
 * the JSON at `src`, a `<script type="application/json">` child. Until it is there, or when it cannot
 * be used, the elements inside keep the outer glossary (the bundled one at the top), and update as
 * soon as it arrives. An invalid entry is skipped with one `console.error` naming it; the valid ones
 * are used.
 *
 * @tag ics-glossary-provider
 * @summary Provides a custom glossary (merged or replacing the bundled one) to the terms inside it.
 *
 * @attr {boolean} loading - Present while `src` is being fetched (set by the element; read it, do not set it).
 *
 * @slot - The content whose terms use the glossary. A `<script type="application/json">` child holds
 * inline data, as CMS settings pages emit it: escape every `<` in the JSON as `\u003c`.
 *
 * @fires {CustomEvent<GlossaryErrorDetail>} ics-glossary-error - The data could not be used (`src` failed
 * with an HTTP or network error, timed out, was not JSON or had no entries array; or the inline script or
 * the `data` property held no JSON or no entries array). `detail: { reason, src }`. Bubbles and is
 * composed, so one listener on `document` hears every provider, even one inside another component's
 * shadow root. The outer glossary stays in use.
 * @fires {CustomEvent<GlossaryLoadDetail>} ics-glossary-load - The data at `src` arrived and is now
 * provided. `detail: { src, glossary }`. Bubbles and is composed, like `ics-glossary-error`.
 */
export class IcsGlossaryProvider extends SlotElement {
  // No box of its own: wrapping an article in a provider never changes its layout.
  static override styles = css`
    :host {
      display: contents;
    }
  `;
  // A state's `attribute: false`, which Lit implies, keeps it out of the manifest's attributes.
  static override properties: PropertyDeclarations = {
    src: {},
    mode: {},
    timeout: { type: Number },
    data: { attribute: false },
    glossary: { attribute: false },
    fromSrc: { state: true, attribute: false },
    fromInline: { state: true, attribute: false },
  };

  /** The glossary of the provider around this one; undefined at the top, where the bundled one applies. */
  readonly #outer = new ContextConsumer(this, { context: glossaryContext, subscribe: true });
  readonly #provider = new ContextProvider(this, { context: glossaryContext });
  #fetchingNow?: { src: string; controller: AbortController };
  #observer?: MutationObserver;
  #inlineText?: string;
  #fromData?: Glossary;
  /**
   * The JSON of the `data` last read. A framework may pass a new but equal object on every render (a
   * React `data={{ … }}`); that is not read again, so bad data is reported once, not once per render.
   */
  #dataJson?: string;
  /** The inputs of the glossary last provided, so it is rebuilt only when one of them changes. */
  #built?: { base: Glossary; custom?: Glossary; mode: MergeMode };

  /** URL of a JSON glossary (`{ "entries": [...] }` or an array of entries), fetched when connected. */
  declare src?: string;
  /** `merge` (default): entries with a known id override it, new ids are added. `replace`: only these entries. */
  mode: 'merge' | 'replace' = 'merge';
  /** Milliseconds to wait for `src` before giving up on it. */
  timeout = 5000;
  /** Parsed glossary JSON, set from script. Data equal to what it holds (the same JSON) changes nothing. */
  declare data?: unknown;
  /** A glossary built with `loadGlossary()`, set from script. Its entries are checked again when merged. */
  declare glossary?: Glossary;

  private declare fromSrc?: { src: string; custom: Glossary };
  private declare fromInline?: Glossary;
  #connection?: AbortController;

  override connectedCallback(): void {
    // Terms ask for a provider's glossary only on a page that has one.
    markProviderSeen();
    super.connectedCallback();
    this.#readInline();
    // Picks up the inline data however late the parser or a script adds or changes it.
    this.#observer = new MutationObserver(this.#readInline);
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.#connection = new AbortController();
    // Merged over the bundled glossary, whose details arrive after the page.
    onDefaultGlossaryChange(() => this.requestUpdate(), this.#connection.signal);
    this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#connection?.abort();
    this.#load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.#readData();
    if (changed.has('src')) this.#load();
    this.#provide();
  }

  #readData(): void {
    const json = jsonOf(this.data);
    if (json !== undefined && json === this.#dataJson) return;
    this.#dataJson = json;
    this.#fromData = this.data === undefined ? undefined : this.#accept(this.data, 'the data property');
  }

  /** Sets the context to the outer glossary with this provider's data merged over it or replacing it. */
  #provide(): void {
    const base = this.#outer.value ?? defaultGlossary();
    const custom = this.glossary ?? this.#fromData ?? this.#loadedData() ?? this.fromInline;
    const mode: MergeMode = this.mode === 'replace' ? 'replace' : 'merge';
    const built = this.#built;
    if (built && built.base === base && built.custom === custom && built.mode === mode) return;
    this.#built = { base, custom, mode };
    this.#provider.setValue(custom ? mergeGlossary(base, custom, mode) : base);
  }

  /** The fetch under way, mirrored in the `loading` attribute so terms hold their warnings until it ends. */
  get #fetching() {
    return this.#fetchingNow;
  }

  set #fetching(value: { src: string; controller: AbortController } | undefined) {
    this.#fetchingNow = value;
    this.toggleAttribute('loading', value !== undefined);
  }

  #loadedData(): Glossary | undefined {
    return this.fromSrc && this.fromSrc.src === this.src ? this.fromSrc.custom : undefined;
  }

  /** Starts fetching `src` when connected and not yet loaded; aborts a fetch that is no longer wanted. */
  #load(): void {
    const src = this.isConnected ? this.src : undefined;
    if (this.#fetching?.src === src) return;
    this.#fetching?.controller.abort();
    this.#fetching = undefined;
    if (!src || this.fromSrc?.src === src) return;
    const controller = new AbortController();
    this.#fetching = { src, controller };
    fetchGlossaryJson(src, controller.signal, this.timeout).then(
      async (data) => {
        if (controller.signal.aborted) return;
        this.#fetching = undefined;
        const custom = this.#accept(data, src, src);
        if (!custom) return;
        this.fromSrc = { src, custom };
        await this.updateComplete;
        if (controller.signal.aborted || this.src !== src) return;
        const detail: GlossaryLoadDetail = { src, glossary: this.#provider.value! };
        this.dispatchEvent(new CustomEvent('ics-glossary-load', { bubbles: true, composed: true, detail }));
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.#fetching = undefined;
        this.#fail(error instanceof GlossaryLoadError ? error.message : String(error), src, src);
      },
    );
  }

  #readInline = (): void => {
    const text = this.querySelector(INLINE_DATA)?.textContent ?? undefined;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    this.fromInline = undefined;
    if (text === undefined) return;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return this.#fail(`the inline data is not JSON (${(error as Error).message})`, 'the inline data');
    }
    this.fromInline = this.#accept(data, 'the inline data');
  };

  /**
   * Checks data once, when it arrives: entries that fail are reported and left out; data without a
   * list of entries is a failure, and undefined is returned. `origin` names the data in messages.
   */
  #accept(data: unknown, origin: string, src: string | null = null): Glossary | undefined {
    const custom = loadGlossary(data);
    const whole = custom.issues.find((issue) => issue.index === undefined && issue.id === undefined);
    if (whole) return void this.#fail(describeIssue(whole), origin, src);
    for (const issue of custom.issues) {
      if (issue.index === undefined) continue;
      console.error(`ics-glossary: ${origin}: ${describeIssue(issue)}; the entry is skipped.`);
    }
    return custom;
  }

  #fail(reason: string, origin: string, src: string | null = null): void {
    const kept = this.#outer.value ? 'the outer glossary' : 'the bundled glossary';
    console.error(`ics-glossary: could not use ${origin}: ${reason}; ${kept} stays in use.`);
    const detail: GlossaryErrorDetail = { reason, src };
    this.dispatchEvent(new CustomEvent('ics-glossary-error', { bubbles: true, composed: true, detail }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ics-glossary-provider': IcsGlossaryProvider;
  }
  // Global handlers, so that listeners on elements, document and window alike know the events.
  interface GlobalEventHandlersEventMap {
    'ics-glossary-error': CustomEvent<GlossaryErrorDetail>;
    'ics-glossary-load': CustomEvent<GlossaryLoadDetail>;
  }
}
