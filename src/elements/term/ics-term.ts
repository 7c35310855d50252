import { ContextConsumer } from '@lit/context';
import { adoptStyles, ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { glossaryContext } from '../../context.js';
import { defaultGlossary, onDefaultGlossaryChange } from '../../default-glossary.js';
import { parseAsOf } from '../../model/dates.js';
import type { Glossary, Resolution } from '../../model/glossary.js';
import { describeResolution, phrasingFor, type Phrasing } from '../../present.js';
import { onSettingsChange, settings } from '../../settings.js';
import { onProviderConnected, providerSeen } from '../../provider-presence.js';
import { langOf } from '../lang.js';
import { loadDetailsAfterPage, loadDetailsNow } from '../details-loading.js';
import { updateAttribute } from '../dom-updates.js';
import { make } from '../make.js';
import { refileNamingTerm, senseNamedBefore, type NamingTerm } from './page-context.js';
import { termStyles } from './ics-term.styles.js';
import { listenForTerms, type DelegatedTerm } from './term-events.js';
import { watchText, type TextHolder } from './text-changes.js';
import { stillParsing } from './when-parsed.js';

/** The one term whose tooltip is open: opening another closes it. */
let openTerm: IcsTerm | undefined;

/**
 * Accessible descriptions by phrasing and resolution. Glossary.lookup returns one resolution per text
 * and date, so a page that uses a term 100 times builds its description once.
 */
const descriptions = new WeakMap<Phrasing, WeakMap<Resolution, string>>();

function describe(resolution: Resolution, text: string, phrasing: Phrasing) {
  let byResolution = descriptions.get(phrasing);
  if (!byResolution) descriptions.set(phrasing, (byResolution = new WeakMap()));
  let description = byResolution.get(resolution);
  if (description === undefined) {
    byResolution.set(resolution, (description = describeResolution(resolution, text, phrasing)));
  }
  return description;
}

/** The terms on the page, which re-render together when `configure()` changes the settings. */
const connectedTerms = new Set<IcsTerm>();
const updateAll = () => connectedTerms.forEach((term) => term.requestUpdate());
onSettingsChange(updateAll);
// The details arrive after the page: descriptions and open tooltips fill in.
onDefaultGlossaryChange(updateAll);

type TooltipModule = typeof import('./tooltip.js');
let tooltipModule: Promise<TooltipModule> | undefined;

/** What a tooltip needs, fetched from the first hover, focus or tap, so it is here when the delay ends. */
function prefetchTooltip(): Promise<TooltipModule> {
  loadDetailsNow();
  // The tooltip's module imports the citations, a chunk of their own that the glossary page shares:
  // asked for now, beside it, rather than once it has arrived. Focus opens with no delay to hide that.
  if (!tooltipModule) void import('../../citation.js');
  return (tooltipModule ??= import('./tooltip.js'));
}

/** Whether the terms listen for providers that connect after them; from the first term on. */
let hearingProviders = false;

/** The content of known terms, by their accessible description: one per term and date the page uses. */
const knownTerms = new Map<string, HTMLElement>();

/**
 * What a known term shows: made once per description and cloned, with nothing bound, so that a page of
 * terms costs little more than their DOM; a clone has its description already, rather than each term
 * setting it. Its states are set on the span as they change; the tooltip's box is added beside it while
 * open (tooltip-box.ts). The span, not the host, is the button: a button's content is its name, and the
 * open tooltip inside the host would be read as part of it.
 */
function knownTermContent(description: string): HTMLElement {
  let content = knownTerms.get(description);
  if (!content) {
    const attributes = { id: 'term', part: 'term', tabindex: '0', role: 'button', 'aria-expanded': 'false', 'aria-description': description };
    knownTerms.set(description, (content = make('span', attributes, make('slot', {}))));
  }
  return content.cloneNode(true) as HTMLElement;
}

/**
 * A glossary term in running text, with a tooltip that explains it.
 *
 * @tag ics-term
 * @summary Marks an NHS integrated-care term and explains it on hover, focus or tap.
 *
 * @slot - The term as written on the page. Looked up in the glossary unless `term` names an entry.
 *
 * @fires ics-show - The tooltip opened. Bubbles and is composed, so a page can count reads.
 * @fires ics-hide - The tooltip closed. Bubbles and is composed.
 *
 * @csspart term - The focusable text, underlined.
 * @csspart tooltip - The tooltip box.
 * @csspart arrow - The arrow pointing at the term.
 * @csspart heading - The term and its expansion.
 * @csspart term-name - The term in the heading.
 * @csspart expansion - What the acronym stands for.
 * @csspart definition - The definition, as it stood on the page's date.
 * @csspart status - Status and dates.
 * @csspart change-note - What has changed since the page's date.
 * @csspart other-senses - Other meanings of the same letters.
 * @csspart senses - The list of meanings of an ambiguous term.
 * @csspart source - Where the definition comes from.
 * @csspart more-link - The "More in the glossary" link.
 *
 * @cssprop [--ics-term-underline-color=currentColor] - Colour of the dotted underline.
 * @cssprop [--ics-term-underline-thickness=from-font] - Thickness of the dotted underline.
 * @cssprop [--ics-focus-ring-color=Highlight] - Focus outline of the term.
 * @cssprop [--ics-tooltip-background=light-dark(#fff, #1d1f20)] - Tooltip background. Colours follow the page's `color-scheme`.
 * @cssprop [--ics-tooltip-color=light-dark(#0b0c0c, #f3f2f1)] - Tooltip text colour.
 * @cssprop [--ics-tooltip-muted-color=light-dark(#505a5f, #c8cacb)] - Colour of status, source and notes.
 * @cssprop [--ics-tooltip-border-color=light-dark(#b1b4b6, #6f777b)] - Tooltip border.
 * @cssprop [--ics-tooltip-radius=6px] - Tooltip corner radius.
 * @cssprop [--ics-tooltip-shadow=0 4px 14px rgb(0 0 0 / 0.18)] - Tooltip shadow.
 * @cssprop [--ics-tooltip-padding=0.75em 0.9em] - Space inside the tooltip.
 * @cssprop [--ics-tooltip-max-width=22rem] - Widest the tooltip grows (never wider than the viewport).
 * @cssprop [--ics-tooltip-font-size=0.875rem] - Tooltip text size.
 * @cssprop [--ics-tooltip-transition-duration=120ms] - Fade-in time; none when reduced motion is asked for.
 * @cssprop [--ics-link-color=light-dark(#1d70b8, #8fc3ff)] - Links in the tooltip.
 */
export class IcsTerm extends ReactiveElement implements DelegatedTerm, NamingTerm, TextHolder {
  static override styles = termStyles;
  // A state's `attribute: false`, which Lit implies, keeps it out of the manifest's attributes.
  static override properties: PropertyDeclarations = {
    open: { state: true, attribute: false },
    tooltip: { state: true, attribute: false },
    term: { reflect: true },
    asOf: { attribute: 'as-of' },
    glossaryHref: { attribute: 'glossary-href' },
    hoverDelay: { attribute: 'hover-delay', type: Number },
  };
  /** @internal Focusing the element focuses its term. */
  static override shadowRootOptions = { ...ReactiveElement.shadowRootOptions, delegatesFocus: true };

  /** Asks the provider around the term for its glossary; made only on a page that has a provider. */
  #consumer?: ContextConsumer<typeof glossaryContext, this>;

  private open = false;
  /** The tooltip's code, loaded on the first open, so thousands of closed terms cost little. */
  private declare tooltip?: TooltipModule;

  /** The known term's span, the button: null while the term is plain text, undefined before the first update. */
  #anchor?: HTMLElement | null;

  /** The id of the glossary entry, when the text alone does not name it ("integrated care boards"). */
  declare term?: string;
  /** ISO date the page speaks of: the term is explained as it stood then. Defaults to the page's date, then today. */
  declare asOf?: string;
  /** Where "More in the glossary" points: `/glossary#{id}`, or a page to which `#id` is added. */
  declare glossaryHref?: string;
  /** Milliseconds the pointer rests on the term before the tooltip opens; defaults to the page-wide 200. */
  declare hoverDelay?: number;

  /** The text as the page has it, and as the glossary reads it. */
  #written = '';
  #text = '';
  #warnedFor?: string;
  #timer?: ReturnType<typeof setTimeout>;
  #pointerPressed = false;
  /** After Esc, hovering keeps the tooltip shut until the pointer leaves and comes back. */
  #suppressHover = false;
  #openedByClick = false;
  /** Where a mouse or pen rests on the term: the tooltip points at the line it is on. */
  #pointer?: PointerEvent;
  /** The open tooltip; none while closed. */
  #box?: InstanceType<TooltipModule['TooltipBox']>;
  #whileOpen?: AbortController;

  get #glossary(): Glossary {
    return this.#consumer?.value ?? defaultGlossary();
  }

  #resolution: Resolution = { kind: 'unknown' };
  /** @internal The entry this term names by itself, for the terms after it (page-context.ts). */
  names: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!hearingProviders) {
      hearingProviders = true;
      onProviderConnected(() => connectedTerms.forEach((term) => term.askProviders()));
    }
    connectedTerms.add(this);
    watchText(this);
    refileNamingTerm(this, undefined, this.names);
    if (providerSeen()) this.askProviders();
    loadDetailsAfterPage();
    listenForTerms(this.getRootNode() as Document | ShadowRoot, isIcsTerm);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedTerms.delete(this);
    refileNamingTerm(this, this.names, undefined);
    this.hide();
  }

  protected override willUpdate(): void {
    this.#written = this.textContent ?? '';
    this.#text = this.#written.replace(/\s+/g, ' ').trim();
    try {
      const senses = this.term ? [] : this.#glossary.senses(this.#text);
      this.#rename(this.term ?? (senses.length === 1 ? senses[0]!.id : undefined));
      const context = senses.length > 1 ? senseNamedBefore(this, senses) : undefined;
      this.#resolution = this.#glossary.lookup({ id: this.term, text: this.#text, asOf: this.#effectiveAsOf, context });
    } catch (error) {
      // Nothing a glossary holds may break the host page: show the plain text instead.
      console.error('ics-glossary:', error);
      this.#resolution = { kind: 'unknown' };
      this.#rename(undefined);
    }
    const parsing = stillParsing(this);
    if (this.#resolution.kind === 'unknown') {
      if (this.open) this.hide();
      if (!parsing) this.#warnUnknown();
    }
  }

  /** @internal The page changed something inside the term (text-changes.ts). */
  textChanged(): void {
    if (this.textContent !== this.#written) this.requestUpdate();
  }

  /** Sets the entry this term names, kept in the page's index while the term is connected. */
  #rename(names: string | undefined): void {
    if (this.isConnected) refileNamingTerm(this, this.names, names);
    this.names = names;
  }

  /** @internal Starts taking the glossary of the provider around the term, if there is one. */
  askProviders(): void {
    // The consumer asks as it is made, and again whenever the term connects; a provider's answer updates the term.
    this.#consumer ??= new ContextConsumer(this, { context: glossaryContext, subscribe: true });
  }

  get #effectiveAsOf(): string | undefined {
    return parseAsOf(this.asOf) ?? settings().asOf;
  }

  #warnUnknown(): void {
    // A site's own terms are unknown until its glossary arrives; the provider's update brings us back here.
    if (this.closest('ics-glossary-provider:not(:defined), ics-glossary-provider[loading]')) return;
    const key = `${this.term ?? ''}|${this.#text}`;
    if (this.#warnedFor === key) return;
    this.#warnedFor = key;
    const what = this.term ? `id "${this.term}"` : `"${this.#text}"`;
    console.warn(`ics-glossary: no glossary entry for ${what}; shown as plain text.`);
  }

  async #loadTooltip(): Promise<void> {
    try {
      const tooltip = await prefetchTooltip();
      adoptStyles(this.renderRoot as ShadowRoot, [termStyles, tooltip.tooltipStyles]);
      this.tooltip = tooltip;
    } catch (error) {
      // A chunk that fails to load (offline, a CDN hiccup) leaves the term as it was, and may load next time.
      tooltipModule = undefined;
      console.error('ics-glossary: could not load the tooltip:', error);
      this.hide();
    }
  }

  /** Opens the tooltip (closing any other). */
  show(): void {
    clearTimeout(this.#timer);
    if (this.open || this.#resolution.kind === 'unknown') return;
    if (openTerm && openTerm !== this) openTerm.hide();
    openTerm = this;
    this.open = true;
    if (!this.tooltip) void this.#loadTooltip();
    this.#whileOpen = new AbortController();
    const { signal } = this.#whileOpen;
    document.addEventListener('keydown', (event) => this.#documentKeyDown(event), { signal, capture: true });
    document.addEventListener('pointerdown', (event) => this.#documentPointerDown(event), { signal, capture: true });
    this.dispatchEvent(new Event('ics-show', { bubbles: true, composed: true }));
  }

  /** Closes the tooltip. */
  hide(): void {
    clearTimeout(this.#timer);
    if (!this.open) return;
    this.open = false;
    this.#openedByClick = false;
    if (openTerm === this) openTerm = undefined;
    this.#whileOpen?.abort();
    if (this.#box) {
      // Focus in the tooltip goes back to its term, not to the page's start.
      if (this.#box.tip.contains(this.shadowRoot!.activeElement)) this.termAnchor?.focus();
      this.#box.remove();
      this.#box = undefined;
      this.termAnchor?.removeAttribute('aria-controls');
    }
    this.dispatchEvent(new Event('ics-hide', { bubbles: true, composed: true }));
  }

  #later(action: () => void, delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(action, delay);
  }

  /** @internal The term's span, the button, which term-events.ts asks for too; none while the term is plain text. */
  get termAnchor(): HTMLElement | null {
    return this.#anchor ?? null;
  }

  // The page's listeners (term-events.ts) call these; they are public for it alone.

  /** @internal */
  termPointerEnter(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.#pointer = event;
    if (this.open) return void clearTimeout(this.#timer);
    if (this.#suppressHover) return;
    void prefetchTooltip().catch(() => {});
    this.#later(() => this.show(), this.hoverDelay ?? settings().hoverDelay);
  }

  /** @internal */
  termPointerLeave(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.#pointer = undefined;
    this.#suppressHover = false;
    if (!this.open) return void clearTimeout(this.#timer);
    // A tooltip opened by keyboard or click stays until dismissed, as does one with focus on its term or in
    // it (`:focus-within` misses the top layer); one opened by hover follows the pointer.
    if (this.#openedByClick || this.shadowRoot!.activeElement) return;
    this.#later(() => this.hide(), settings().closeDelay);
  }

  /** @internal */
  termFocusIn(): void {
    // A pointer press focuses too; the click that follows decides.
    if (!this.#pointerPressed) this.show();
  }

  /** @internal */
  termFocusOut(event: FocusEvent): void {
    // The page's listener sees the related target retargeted: focus inside this term's shadow root or
    // tooltip arrives as the term itself.
    const next = event.relatedTarget as Node | null;
    if (next && this.contains(next)) return;
    if (!this.#openedByClick) this.hide();
  }

  /** @internal */
  termPointerDown(): void {
    this.#pointerPressed = true;
  }

  /** @internal */
  termClick(): void {
    this.#pointerPressed = false;
    if (this.open && this.#openedByClick) return this.hide();
    this.show();
    this.#openedByClick = true;
  }

  /** @internal */
  termKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (this.open) {
      this.hide();
    } else {
      this.show();
      this.#openedByClick = true;
    }
  }

  #documentKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    this.#suppressHover = this.matches(':hover');
    this.hide();
  }

  #documentPointerDown(event: PointerEvent): void {
    if (!event.composedPath().includes(this)) this.hide();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // No template: the shadow tree is made anew only when the term becomes known, or plain text.
    if (this.#resolution.kind === 'unknown') {
      if (this.#anchor !== null) this.renderRoot.replaceChildren(make('slot', {}));
      this.#anchor = null;
      return;
    }
    const { strings, glossaryHref } = settings();
    const phrasing = phrasingFor(strings, langOf(this));
    const description = describe(this.#resolution, this.#text, phrasing);
    if (!this.#anchor) this.renderRoot.replaceChildren((this.#anchor = knownTermContent(description)));
    const anchor = this.#anchor;
    updateAttribute(anchor, 'aria-description', description);
    updateAttribute(anchor, 'aria-expanded', String(this.open));
    if (!this.open || !this.tooltip) return;
    const content = { written: this.#text, phrasing, glossaryHref: this.glossaryHref ?? glossaryHref };
    if (this.#box) return this.#box.render(this.#resolution, content);
    this.#box = new this.tooltip.TooltipBox(anchor, this.#resolution, content, this.#pointer);
    anchor.setAttribute('aria-controls', 'tip');
  }
}

const isIcsTerm = (node: EventTarget): node is IcsTerm => node instanceof IcsTerm;

declare global {
  interface HTMLElementTagNameMap {
    'ics-term': IcsTerm;
  }
  // Global handlers, so that listeners on elements, document and window alike know the events.
  interface GlobalEventHandlersEventMap {
    'ics-show': Event;
    'ics-hide': Event;
  }
}
