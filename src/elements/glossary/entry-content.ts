/**
 * How one entry, or one term with several senses, reads on the glossary page, as DOM kept from update
 * to update. Searchable text goes through a `Highlight`; the rest is written again only when the entry,
 * the wording or the page's date changes, so that a keystroke only touches what a query can change.
 * Every glossary string becomes a text node, never markup (see `make`).
 */
import { isSafeUrl } from '../../model/url.js';
import { citation } from '../../citation.js';
import { changeNote, formatDate, statusLine, type Phrasing } from '../../present.js';
import { fold, type FoldedText } from '../../search/index.js';
import { make } from '../make.js';
import { updateAttribute } from '../dom-updates.js';
import type { CatalogueEntry, CatalogueGroup } from './catalogue.js';
import { Highlight } from './highlight.js';

/** For a sense with neither expansion nor alias to tell it apart: its heading keeps an empty part. */
const NO_TEXT = fold('');

export interface EntryContext {
  /** The `aria-level` of a term's heading; the senses of a shared term sit one below. */
  level: number;
  phrasing: Phrasing;
  /** Whether the page names a date, so that changes since then are worth a note. */
  dated: boolean;
  visible: ReadonlySet<CatalogueEntry>;
  /** Folded query words. */
  words: readonly string[];
  /** The id of the entry a link led to. */
  highlighted?: string;
}

/** A labelled list: history, related terms, sources. */
function labelledList(part: string, id: string, label: string, list: HTMLElement): HTMLElement {
  list.setAttribute('aria-labelledby', id);
  return make('div', { part }, make('p', { class: 'label', id }, label), list);
}

function details(item: CatalogueEntry, { phrasing, dated }: EntryContext): HTMLElement[] {
  const { entry, sense } = item;
  const { id } = entry;
  const { strings } = phrasing;
  const note = dated ? changeNote(sense, phrasing) : undefined;
  // As of a date, the history stops there; what came after is the change note's.
  const history = dated ? entry.timeline?.filter((event) => !sense.later.events.includes(event)) : entry.timeline;
  const nodes = [make('p', { part: 'status' }, statusLine(sense, phrasing))];
  if (note) nodes.push(make('p', { part: 'change-note' }, note));
  if (history?.length) {
    const events = history.map((event) =>
      make('li', {}, make('time', { datetime: event.date }, formatDate(event.date, phrasing)), `: ${event.text}`),
    );
    nodes.push(labelledList('history', `${id}--history`, strings.history, make('ol', { part: 'timeline' }, ...events)));
  }
  if (item.related.length > 0) {
    const links = item.related.map((r) =>
      make('li', {}, make('a', { part: 'related-link', href: `#${r.id}`, 'data-from': id }, r.label)),
    );
    nodes.push(labelledList('related', `${id}--related`, strings.related, make('ul', {}, ...links)));
  }
  const sources = entry.sources.map((source) => {
    const { text, url } = citation(source);
    // Glossaries set as a property skip validation, so the check is repeated where it matters.
    const link = url && isSafeUrl(url) ? make('a', { href: url, rel: 'noopener' }, text) : text;
    return make('li', { part: 'source' }, link);
  });
  nodes.push(labelledList('sources', `${id}--sources`, strings.sources, make('ul', {}, ...sources)));
  return nodes;
}

/** One entry's article. */
class EntryView {
  readonly element = make('article', {});
  readonly #heading = make('div', { role: 'heading', part: 'entry-heading', tabindex: '-1' });
  readonly #term = new Highlight(this.#heading.appendChild(make('span', { part: 'term-name' })));
  readonly #subtitle = new Highlight(make('span', { part: 'expansion' }));
  readonly #definition = new Highlight(make('p', { part: 'definition' }));
  #aliases: Array<[Highlight, FoldedText]> = [];
  #aliasLine?: HTMLElement;
  #detailNodes: HTMLElement[] = [];
  /** What the details were written for. */
  #written?: [CatalogueEntry, Phrasing, boolean];

  constructor() {
    this.#heading.append(' ', this.#subtitle.element);
    this.element.append(this.#heading, this.#definition.element);
  }

  update(item: CatalogueEntry, level: number, context: EntryContext): void {
    const { id } = item.entry;
    const shown = context.visible.has(item);
    const words = shown ? context.words : null;
    const target = context.highlighted === id;
    updateAttribute(this.element, 'id', id);
    updateAttribute(this.element, 'part', target ? 'entry highlighted' : 'entry');
    updateAttribute(this.element, 'aria-labelledby', `${id}--heading`);
    this.element.classList.toggle('filtered', !shown);
    updateAttribute(this.#heading, 'aria-level', String(level));
    updateAttribute(this.#heading, 'id', `${id}--heading`);
    this.#term.show(item.term, words);
    this.#subtitle.show(item.subtitle ?? NO_TEXT, words);
    const [written, phrasing, dated] = this.#written ?? [];
    if (written !== item || phrasing !== context.phrasing || dated !== context.dated) {
      this.#written = [item, context.phrasing, context.dated];
      this.#writeAliases(item, context.phrasing);
      for (const node of this.#detailNodes) node.remove();
      this.#detailNodes = details(item, context);
      this.element.append(...this.#detailNodes);
    }
    for (const [highlight, alias] of this.#aliases) highlight.show(alias, words);
    this.#definition.show(item.definition, words);
  }

  #writeAliases(item: CatalogueEntry, { strings }: Phrasing): void {
    this.#aliasLine?.remove();
    this.#aliasLine = undefined;
    this.#aliases = item.aliases.map((alias) => [new Highlight(make('span', {})), alias]);
    if (this.#aliases.length === 0) return;
    const spans = this.#aliases.flatMap(([highlight], i) => (i > 0 ? ['; ', highlight.element] : [highlight.element]));
    this.#aliasLine = make('p', { part: 'aliases' }, `${strings.alsoWritten}: `, ...spans);
    this.#definition.element.before(this.#aliasLine);
  }
}

/** One written term: an entry's article, or the senses of a shared term under one heading. */
export class GroupView {
  readonly element: HTMLElement;
  readonly #entries: EntryView[];
  readonly #heading?: HTMLElement;
  readonly #term?: Highlight;

  /** The view for a group of this many senses. */
  constructor(readonly senses: number) {
    this.#entries = Array.from({ length: senses }, () => new EntryView());
    if (senses === 1) {
      this.element = this.#entries[0]!.element;
      return;
    }
    this.#heading = make('div', { role: 'heading', part: 'group-heading' });
    this.#term = new Highlight(this.#heading.appendChild(make('span', { part: 'term-name' })));
    this.element = make('div', { part: 'group' }, this.#heading, ...this.#entries.map((view) => view.element));
  }

  update(group: CatalogueGroup, context: EntryContext): void {
    const { entries } = group;
    if (!this.#term) {
      this.#entries[0]!.update(entries[0]!, context.level, context);
      return;
    }
    const shown = entries.some((item) => context.visible.has(item));
    this.element.classList.toggle('filtered', !shown);
    updateAttribute(this.#heading!, 'aria-level', String(context.level));
    this.#term.show(entries[0]!.term, shown ? context.words : null);
    entries.forEach((item, i) => this.#entries[i]!.update(item, context.level + 1, context));
  }
}
