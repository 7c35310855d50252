import { ContextConsumer } from '@lit/context';
import { css, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { SlotElement } from '../slot-element.js';
import { glossaryContext } from '../../context.js';
import type { Glossary } from '../../model/glossary.js';
import { autotag, type AutotagHandle } from '../../tag/dom.js';

/** Changes to these tag the content again with the new options. */
const OPTIONS = ['provided', 'all', 'firstOnly', 'exclude', 'terms', 'asOf', 'observe'];

/**
 * Finds glossary terms in the text it wraps and marks each with `<ics-term>`, in place, so that
 * existing articles gain explanations without being edited. The terms already made stay when it is
 * removed or its options change. It looks terms up in the glossary that a provider gives it (the
 * bundled one otherwise), the same one the terms it creates will read.
 *
 * @tag ics-autotag
 * @summary Marks the NHS integrated-care terms in its content with `<ics-term>`.
 *
 * @slot - The content to tag. Only its light DOM is searched; headings, code and whatever `exclude`
 * names are left alone, and so always are links, buttons, form fields, scripts, editable regions,
 * existing terms and anything inside `[data-ics-skip]`.
 */
export class IcsAutotag extends SlotElement {
  // No box of its own, so wrapping content never changes the page's layout.
  static override styles = css`
    :host {
      display: contents;
    }
  `;
  // A state's `attribute: false`, which Lit implies, keeps it out of the manifest's attributes.
  static override properties: PropertyDeclarations = {
    provided: { state: true, attribute: false },
    all: { type: Boolean },
    firstOnly: { attribute: 'first-only', converter: { fromAttribute: (value) => value !== 'false' } },
    exclude: {},
    terms: { converter: { fromAttribute: (value) => value?.split(/[\s,]+/).filter(Boolean) } },
    asOf: { attribute: 'as-of' },
    observe: { type: Boolean },
  };

  /** The glossary of the provider around, when there is one. */
  private declare provided?: Glossary;

  #handle?: AutotagHandle;
  #waiting?: AbortController;

  /** Tag every appearance of each entry, not only the first. */
  all = false;
  /**
   * The old spelling of `all`: `first-only="false"` tags every appearance.
   * @deprecated Use `all`.
   */
  firstOnly = true;
  /** A CSS selector for content to leave untagged, in place of the default (headings and code). */
  declare exclude?: string;
  /** Entry ids to look for, separated by spaces or commas; by default every entry. */
  declare terms?: string[];
  /** The date the page speaks of (ISO 8601), given to every new term as its `as-of`. */
  declare asOf?: string;
  /** Also tag content added later, as on infinite-scroll pages. */
  observe = false;

  constructor() {
    super();
    // A state rather than the consumer's value, so that a provider's glossary, when it comes or changes, tags again.
    new ContextConsumer(this, { context: glossaryContext, subscribe: true, callback: (glossary) => (this.provided = glossary) });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.#handle || OPTIONS.some((option) => changed.has(option))) {
      this.#stop();
      this.#start();
    }
  }

  #start(): void {
    if (!this.isConnected) return;
    const document = this.ownerDocument;
    if (document.readyState === 'loading') {
      // Connected as the parser reached the start tag: the content arrives until the document is parsed.
      this.#waiting = new AbortController();
      document.addEventListener('DOMContentLoaded', () => this.#start(), { once: true, signal: this.#waiting.signal });
      return;
    }
    try {
      this.#handle = autotag(this, {
        glossary: this.provided,
        terms: this.terms,
        firstOnly: this.firstOnly && !this.all,
        exclude: this.exclude,
        asOf: this.asOf,
        observe: this.observe,
      });
    } catch (error) {
      // A bad attribute must not break the page: the content stays as it was.
      console.error('ics-autotag:', error);
    }
  }

  #stop(): void {
    this.#waiting?.abort();
    this.#handle?.disconnect();
    this.#handle = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ics-autotag': IcsAutotag;
  }
}
