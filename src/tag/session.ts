/**
 * What the browser and server taggers share: the options, the compiled matcher, which matches become
 * terms and what a new term carries. The two differ only in how they walk and change their trees, so
 * the same page gets the same terms from either.
 */
import { compileMatcher, type Match, type Matcher } from '../match/matcher.js';
import type { Glossary } from '../model/glossary.js';
import { formKey } from '../model/forms.js';
import type { Entry } from '../model/types.js';
import { skipSelector } from './exclude.js';

export interface TagOptions {
  /** The glossary to look in: the bundled one by default. */
  glossary?: Glossary;
  /** Tag only these entry ids; by default every entry that does not set `autotag: false`. */
  terms?: readonly string[];
  /** Tag each entry once, where it first appears (true by default). */
  firstOnly?: boolean;
  /**
   * A CSS selector for content to leave untagged, in place of `DEFAULT_EXCLUDE` (headings and code).
   * `ALWAYS_SKIPPED` (scripts, form fields, links, editors, existing terms, `[data-ics-skip]`) applies too.
   */
  exclude?: string;
  /** The date the page speaks of, set as `as-of` on every new term. */
  asOf?: string;
}

export class TagSession {
  /** Elements whose content is never tagged, as one selector. */
  readonly skip: string;
  /** How many terms this session has created. */
  count = 0;
  readonly #glossary: Glossary;
  readonly #matcher: Matcher;
  readonly #firstOnly: boolean;
  readonly #asOf?: string;
  /** Entries that already have a term in the root. */
  readonly #tagged = new Set<Entry>();
  /**
   * For a term with several senses, keyed by that term, the sense the page last spelled out or named:
   * later bare uses mean it. `<ics-term>` applies the same rule to the terms before it.
   */
  readonly #settled = new Map<string, Entry>();
  /**
   * Per entry, the key of its term when that term has several senses, else null: worked out once,
   * since every match of a page asks.
   */
  readonly #sharedKeys = new Map<Entry, string | null>();
  /** One list per settled sense, as the matcher hands out one per form: the DOM tagger clones by list. */
  readonly #alone = new Map<Entry, readonly Entry[]>();

  constructor(options: TagOptions & { glossary: Glossary }) {
    this.#glossary = options.glossary;
    this.#matcher = compileMatcher(this.#glossary, { terms: options.terms });
    this.#firstOnly = options.firstOnly ?? true;
    this.skip = skipSelector(options.exclude);
    this.#asOf = options.asOf;
  }

  /** The entries the root's terms stand for, those already there included. */
  get used(): ReadonlySet<Entry> {
    return this.#tagged;
  }

  /** Counts a term already on the page, so that tagging again does not repeat its entry. */
  noteExisting(id: string | null, text: string): void {
    const named = id ? this.#glossary.byId(id) : undefined;
    const entries = named ? [named] : id ? [] : this.#sensesMeant(text, this.#glossary.senses(text));
    this.#settle(entries);
    for (const entry of entries) this.#tagged.add(entry);
  }

  /**
   * The matches in one text node that become terms, in order. Call for text nodes in document order.
   * `wrappable` picks the matches the tagger can wrap; by default, all of them.
   */
  termsIn(text: string, wrappable: (matches: Match[]) => Match[] = (matches) => matches): Match[] {
    const terms: Match[] = [];
    // With firstOnly, most matches of a long page are repeats: they settle senses and make nothing.
    for (const found of wrappable(this.#matcher.find(text))) {
      const entries = this.#sensesMeant(found.text, found.entries);
      this.#settle(entries);
      // A term with several senses ("ICP") stands for all of them: it is new while any one is.
      if (this.#firstOnly && entries.every((entry) => this.#tagged.has(entry))) continue;
      for (const entry of entries) this.#tagged.add(entry);
      this.count += 1;
      terms.push(entries === found.entries ? found : { ...found, entries });
    }
    return terms;
  }

  /**
   * Which of a written term's senses the page means: the one it has spelled out, else the one in use
   * on the page's date, as the element itself would choose. Without either, all of them.
   */
  #sensesMeant(text: string, senses: readonly Entry[]): readonly Entry[] {
    if (senses.length < 2) return senses;
    const context = this.#settled.get(formKey(senses[0]!.term))?.id;
    if (!context && !this.#asOf) return senses;
    const resolution = this.#glossary.lookup({ text, asOf: this.#asOf, context });
    const meant = resolution.kind === 'found' ? resolution.sense.entry : undefined;
    if (!meant || !senses.includes(meant)) return senses;
    let list = this.#alone.get(meant);
    if (!list) this.#alone.set(meant, (list = [meant]));
    return list;
  }

  #settle(entries: readonly Entry[]): void {
    const [entry] = entries;
    if (entries.length !== 1) return;
    let key = this.#sharedKeys.get(entry!);
    if (key === undefined) {
      key = this.#glossary.senses(entry!.term).length > 1 ? formKey(entry!.term) : null;
      this.#sharedKeys.set(entry!, key);
    }
    if (key !== null) this.#settled.set(key, entry!);
  }

  /** The attributes of the term around a match, in one order so both taggers write the same HTML. */
  attributes(match: Match): Array<[name: string, value: string]> {
    const attributes: Array<[string, string]> = [];
    // With several senses, the element chooses among them by the text and the page's date.
    if (match.entries.length === 1) attributes.push(['term', match.entries[0]!.id]);
    if (this.#asOf) attributes.push(['as-of', this.#asOf]);
    return attributes;
  }
}
