/**
 * What the browser and server taggers share: the options, the compiled matcher, which matches become
 * terms and what a new term carries. The two differ only in how they walk and change their trees, so
 * the same page gets the same terms from either.
 */
import { bundledGlossary } from '../bundled.js';
import { compileMatcher, type Match, type Matcher } from '../match/matcher.js';
import type { Glossary } from '../model/glossary.js';
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
  private readonly glossary: Glossary;
  private readonly matcher: Matcher;
  private readonly firstOnly: boolean;
  private readonly asOf?: string;
  /** Entries that already have a term in the root. */
  private readonly tagged = new Set<Entry>();

  constructor(options: TagOptions) {
    this.glossary = options.glossary ?? bundledGlossary;
    this.matcher = compileMatcher(this.glossary, { terms: options.terms });
    this.firstOnly = options.firstOnly ?? true;
    this.skip = skipSelector(options.exclude);
    this.asOf = options.asOf;
  }

  /** Counts a term already on the page, so that tagging again does not repeat its entry. */
  noteExisting(id: string | null, text: string): void {
    const named = id ? this.glossary.byId(id) : undefined;
    const entries = named ? [named] : id ? [] : this.glossary.senses(text);
    for (const entry of entries) this.tagged.add(entry);
  }

  /**
   * The matches in one text node that become terms, in order. Call for text nodes in document order.
   * `wrappable` picks the matches the tagger can wrap; by default, all of them.
   */
  termsIn(text: string, wrappable: (matches: Match[]) => Match[] = (matches) => matches): Match[] {
    return wrappable(this.matcher.find(text)).filter((match) => {
      // A term with several senses ("ICP") stands for all of them: it is new while any one is.
      if (this.firstOnly && match.entries.every((entry) => this.tagged.has(entry))) return false;
      for (const entry of match.entries) this.tagged.add(entry);
      this.count += 1;
      return true;
    });
  }

  /** The attributes of the term around a match, in one order so both taggers write the same HTML. */
  attributes(match: Match): Array<[name: string, value: string]> {
    const attributes: Array<[string, string]> = [];
    // With several senses, the element chooses among them by the text and the page's date.
    if (match.entries.length === 1) attributes.push(['term', match.entries[0]!.id]);
    if (this.asOf) attributes.push(['as-of', this.asOf]);
    return attributes;
  }
}
