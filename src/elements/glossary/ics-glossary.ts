import { ContextConsumer } from '@lit/context';
import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { defaultGlossary, loadBundledGlossary, onDefaultGlossaryChange } from '../../default-glossary.js';
import { loadDetailsNow } from '../details-loading.js';
import { glossaryContext } from '../../context.js';
import { parseAsOf, today } from '../../model/dates.js';
import type { Glossary } from '../../model/glossary.js';
import { onSettingsChange, settings, type Strings } from '../../settings.js';
import { queryWords } from '../../search/index.js';
import { buildCatalogue, visibleEntries, type Catalogue, type CatalogueEntry } from './catalogue.js';
import { SearchControls } from './controls.js';
import type { EntryContext } from './entry-content.js';
import { EntryList } from './entry-list.js';
import { HashNavigation } from './hash-navigation.js';
import { glossaryStyles } from './ics-glossary.styles.js';
import { LetterNav, lettersShown } from './letters.js';
import { formatDate, phrasingFor } from '../../present.js';
import { langOf } from '../lang.js';
import { make } from '../make.js';
import { updateAttribute, updateText } from '../dom-updates.js';

/** Entries rendered per frame: the first batch at once, the rest in the frames that follow. */
const BATCH = 30;
/** Changes to these list other entries, or word them as of another date. */
const CATALOGUE_INPUTS = ['terms', 'asOf'];

/**
 * The whole glossary as a page: every entry, A–Z, searchable and filterable by category, with deep
 * links (`/glossary#icb`) that scroll to an entry and focus its heading.
 *
 * @tag ics-glossary
 * @summary A searchable A–Z glossary of NHS integrated-care terms.
 *
 * @csspart base - The labelled region around everything.
 * @csspart controls - The search form (`role="search"`); hidden in print.
 * @csspart search-input - The search box.
 * @csspart category-select - The category filter.
 * @csspart letters - The A–Z navigation; hidden in print.
 * @csspart letter - A letter of the A–Z navigation; `letter disabled` when no shown term starts with it.
 * @csspart count - How many terms are shown (a polite live region), or that none match.
 * @csspart as-of - The date the definitions are given as of, when the page names one.
 * @csspart entries - The list of entries.
 * @csspart letter-heading - The large initial at the start of each letter's terms.
 * @csspart group - A term with several senses (ICP, STP).
 * @csspart group-heading - The heading of such a term.
 * @csspart entry - One entry; `entry highlighted` when a link led to it.
 * @csspart entry-heading - The entry's heading: term and expansion.
 * @csspart term-name - The term as written.
 * @csspart expansion - What the acronym stands for.
 * @csspart aliases - Other written forms.
 * @csspart definition - The definition, as it stood on the page's date.
 * @csspart change-note - What has changed since the page's date.
 * @csspart status - Status and dates.
 * @csspart history - The dated timeline.
 * @csspart timeline - The list of dated facts.
 * @csspart related - Related terms.
 * @csspart related-link - A link to a related entry on this page.
 * @csspart sources - Where the definition comes from.
 * @csspart source - One source.
 * @csspart mark - Text that the search matched.
 *
 * @cssprop [--ics-glossary-gap=1.5rem] - Space between entries.
 * @cssprop [--ics-glossary-muted-color=currentColor at 75%] - Colour of status, history, sources and notes.
 * @cssprop [--ics-glossary-border-color=currentColor] - Lines under letters and around the controls.
 * @cssprop [--ics-glossary-highlight-background=light-dark(#fff7bf, #3d3a1c)] - Background of the entry a link led to.
 * @cssprop [--ics-glossary-mark-background=#ffdd00] - Background of search matches.
 * @cssprop [--ics-glossary-mark-color=#0b0c0c] - Text colour of search matches.
 * @cssprop [--ics-glossary-scroll-margin=1rem] - Room left above an entry scrolled to (for sticky headers).
 * @cssprop [--ics-focus-ring-color=Highlight] - Focus outline.
 * @cssprop [--ics-link-color=light-dark(#1d70b8, #8fc3ff)] - Links. Colours follow the page's `color-scheme`.
 */
export class IcsGlossary extends ReactiveElement {
  static override styles = glossaryStyles;
  // A state's `attribute: false`, which Lit implies, keeps it out of the manifest's attributes.
  static override properties: PropertyDeclarations = {
    highlighted: { state: true, attribute: false },
    renderLimit: { state: true, attribute: false },
    glossary: { attribute: false },
    terms: { converter: { fromAttribute: (value) => value?.split(/[\s,]+/).filter(Boolean) } },
    category: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    asOf: { attribute: 'as-of' },
    search: {},
    searchParam: { attribute: 'search-param' },
  };

  /** The glossary of the provider around, when there is one; a new one updates the page. */
  readonly #provider = new ContextConsumer(this, { context: glossaryContext, subscribe: true });

  /** The entry or letter a link led to. */
  private declare highlighted?: string;
  /** How many entries, in page order, are in the DOM so far. */
  private renderLimit = BATCH;

  /** A glossary to list instead of the provided or bundled one (as benchmarks and tests do). */
  declare glossary?: Glossary;
  /** Entry ids to list, separated by spaces or commas; by default every entry. */
  declare terms?: string[];
  /** The category shown; the reader can change it. Empty or unknown shows every category. */
  declare category?: string;
  /** The `aria-level` of term headings, 2 to 6, to fit the page's outline; senses of a shared term sit one below. */
  headingLevel = 2;
  /** ISO date the page speaks of: definitions are given as they stood then. Defaults to the page's date, then today. */
  declare asOf?: string;
  /** The search query; the reader's typing updates it. */
  search = '';
  /** The name of a URL parameter (as in `?q=ICB`) to take the first query from, when it is present. */
  declare searchParam?: string;

  #catalogue!: Catalogue;
  #visible: ReadonlySet<CatalogueEntry> = new Set();
  #words: string[] = [];
  #strings: Strings = settings().strings;
  /** The glossary the catalogue was built from. */
  #catalogued?: Glossary;
  #settingsChanged = false;
  #connection?: AbortController;
  /** The next batch of entries, when one is due. */
  #nextBatch?: Promise<void>;

  // The page's parts are made once and kept: an update changes their text and attributes, and the
  // entries it lists, so focus, the search box's caret and scroll positions survive every keystroke.
  readonly #controls = new SearchControls(
    (query) => (this.search = query),
    (category) => (this.category = category),
  );
  readonly #letters = new LetterNav();
  readonly #count = make('p', { part: 'count', role: 'status' });
  readonly #asOfLine = make('p', { part: 'as-of' });
  readonly #list = new EntryList();
  readonly #base = make(
    'section',
    { part: 'base' },
    this.#controls.element,
    this.#letters.element,
    this.#count,
    this.#list.element,
  );

  readonly #navigation = new HashNavigation(this, {
    has: (id) => !!this.#catalogue && (this.#catalogue.byId.has(id) || lettersShown(this.#catalogue, this.#visible).has(id)),
    prepare: (id) => this.#prepareDestination(id),
    locate: (id) => {
      const block = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
      const focus = block?.querySelector<HTMLElement>('[tabindex="-1"]');
      return block && focus ? { block, focus } : undefined;
    },
  });

  get #source(): Glossary {
    return this.glossary ?? this.#provider.value ?? defaultGlossary();
  }

  /** The page's date, when it names one. */
  get #pageDate(): string | undefined {
    return parseAsOf(this.asOf) ?? settings().asOf;
  }

  /** The category filter in force: one the listed entries have, or none. */
  get #activeCategory(): string | undefined {
    return this.#catalogue.categories.find((c) => c === this.category);
  }

  get #level(): number {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6 ? this.headingLevel : 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connection = new AbortController();
    onSettingsChange(this.#handleSettingsChange, this.#connection.signal);
    // The definitions the page lists and searches arrive after the index the first script carries.
    onDefaultGlossaryChange(() => this.requestUpdate(), this.#connection.signal);
    loadDetailsNow();
    window.addEventListener('beforeprint', this.#renderAll, { signal: this.#connection.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('searchParam') && this.searchParam) {
      const value = new URLSearchParams(location.search).get(this.searchParam);
      if (value !== null) this.search = value;
    }
    const rebuild =
      this.#settingsChanged ||
      // Also true before the first catalogue is built.
      this.#catalogued !== this.#source ||
      CATALOGUE_INPUTS.some((name) => changed.has(name as keyof IcsGlossary));
    if (rebuild) {
      if (this.#settingsChanged) this.#strings = settings().strings;
      this.#settingsChanged = false;
      this.#catalogued = this.#source;
      this.#catalogue = buildCatalogue(this.#source, { ids: this.terms, date: this.#pageDate ?? today() });
    }
    if (rebuild || changed.has('search') || changed.has('category')) {
      this.#words = queryWords(this.search);
      this.#visible = visibleEntries(this.#catalogue, { words: this.#words, category: this.#activeCategory });
    }
  }

  protected override updated(): void {
    if (this.#nextBatch || this.renderLimit >= this.#catalogue.entries.length) return;
    this.#nextBatch = new Promise((resolve) =>
      requestAnimationFrame(() => {
        this.#nextBatch = undefined;
        this.renderLimit += BATCH;
        resolve();
      }),
    );
  }

  /** Resolves once every entry is in the DOM, not only the first batch. */
  protected override async getUpdateComplete(): Promise<boolean> {
    // Listed with their definitions, when they come from the bundled glossary.
    if (!this.glossary && !this.#provider.value) await loadBundledGlossary().catch(() => {});
    let complete = await super.getUpdateComplete();
    while (this.#nextBatch) {
      await this.#nextBatch;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #prepareDestination(id: string | undefined): void {
    const item = id === undefined ? undefined : this.#catalogue.byId.get(id);
    this.highlighted = item ? id : undefined;
    if (id !== undefined) this.#renderAll();
    if (item && !this.#visible.has(item)) {
      // A link to an entry the reader has filtered out: show everything rather than nothing.
      this.search = '';
      this.category = '';
    }
  }

  /** Before printing, and before a jump that may lead past what has rendered so far. */
  #renderAll = (): void => {
    this.renderLimit = Infinity;
  };

  #handleSettingsChange = (): void => {
    this.#settingsChanged = true;
    this.requestUpdate();
  };

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (!this.hasUpdated) {
      this.#base.addEventListener('click', this.#navigation.handleClick);
      this.renderRoot.append(this.#base);
    }
    const strings = this.#strings;
    const catalogue = this.#catalogue;
    const visible = this.#visible;
    const date = this.#pageDate;
    const total = catalogue.entries.length;
    const count =
      visible.size === 0
        ? strings.noTermsMatch
        : strings.termsShown.replace('{shown}', String(visible.size)).replace('{total}', String(total));
    const phrasing = phrasingFor(strings, langOf(this));
    const shownLetters = lettersShown(catalogue, visible);
    updateAttribute(this.#base, 'aria-label', strings.glossary);
    this.#controls.update({ search: this.search, categories: catalogue.categories, active: this.#activeCategory, strings });
    this.#letters.update(catalogue, shownLetters, strings);
    updateText(this.#count, count);
    if (date) {
      this.#asOfLine.textContent = `${strings.asOf} ${formatDate(date, phrasing)}`;
      this.#count.after(this.#asOfLine);
    } else {
      this.#asOfLine.remove();
    }
    const context: EntryContext = {
      level: this.#level,
      phrasing,
      dated: date !== undefined,
      visible,
      words: this.#words,
      highlighted: this.highlighted,
    };
    this.#list.update(catalogue, this.renderLimit, shownLetters, context);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ics-glossary': IcsGlossary;
  }
}
