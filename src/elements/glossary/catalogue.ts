/**
 * What the glossary page lists, worked out once per glossary, subset and date: entries sorted A–Z and
 * grouped by written term, each with its text folded for search. Filtering is then a scan of those
 * folded strings, cheap enough to run on every keystroke. No DOM.
 */
import type { SenseFacts } from '../../model/as-of.js';
import type { Glossary } from '../../model/glossary.js';
import { CATEGORIES, type Category, type Entry } from '../../model/types.js';
import { heading } from '../../present.js';
import { fold, matchesAll, type FoldedText } from '../../search/index.js';

/** The key of the block for terms that start with a digit or a symbol. */
export const OTHER_INITIAL = '#';

export interface CatalogueEntry {
  entry: Entry;
  /** The entry as it stood on the page's date. */
  sense: SenseFacts;
  term: FoldedText;
  /** The expansion or, for a sense that has none, the alias that tells it apart from its siblings. */
  subtitle?: FoldedText;
  /** The aliases not already shown as the subtitle. */
  aliases: FoldedText[];
  /** The definition in force on the page's date. */
  definition: FoldedText;
  /** Related entries that this page lists, with the label their links show. */
  related: Array<{ id: string; label: string }>;
  /** Every searchable field, folded and joined. */
  haystack: string;
}

/** One written term: a single entry, or several senses of the same letters. */
export interface CatalogueGroup {
  term: string;
  entries: CatalogueEntry[];
  /** Where its first entry comes in page order. */
  position: number;
}

/** The terms under one initial. */
export interface LetterBlock {
  /** `A` to `Z`, or `#` for digits and symbols. */
  letter: string;
  groups: CatalogueGroup[];
}

export interface Catalogue {
  /** In page order. */
  entries: CatalogueEntry[];
  blocks: LetterBlock[];
  /** The categories of the listed entries, in the model's order. */
  categories: Category[];
  byId: ReadonlyMap<string, CatalogueEntry>;
}

export interface CatalogueOptions {
  /** Entry ids to list; every entry when absent. */
  ids?: readonly string[];
  /** ISO date the definitions are given as of. */
  date: string;
}

export interface Filter {
  /** Folded query words (see `queryWords`); all must occur. */
  words: readonly string[];
  category?: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function initialOf(term: string): string {
  const first = fold(term.trim()).folded.charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : OTHER_INITIAL;
}

export function buildCatalogue(glossary: Glossary, { ids, date }: CatalogueOptions): Catalogue {
  const wanted = ids && ids.length > 0 ? new Set(ids) : undefined;
  const listed = glossary.entries.filter((e) => !wanted || wanted.has(e.id));
  const listedIds = new Set(listed.map((e) => e.id));
  const byTerm = new Map<string, Entry[]>();
  for (const entry of listed) byTerm.set(entry.term, [...(byTerm.get(entry.term) ?? []), entry]);
  const shared = (entry: Entry) => byTerm.get(entry.term)!.length > 1;
  const label = (id: string) => {
    const target = glossary.byId(id)!;
    return shared(target) ? heading(target) : target.term;
  };

  const blocks = new Map<string, LetterBlock>();
  const byId = new Map<string, CatalogueEntry>();
  const terms = [...byTerm.keys()].sort(collator.compare);
  for (const term of terms) {
    const senses = byTerm.get(term)!;
    const group: CatalogueGroup = {
      term,
      entries: senses.map((entry) => catalogueEntry(glossary.factsAt(entry, date), senses.length > 1, listedIds, label)),
      position: 0,
    };
    const letter = initialOf(term);
    const block = blocks.get(letter) ?? { letter, groups: [] };
    block.groups.push(group);
    blocks.set(letter, block);
    for (const item of group.entries) byId.set(item.entry.id, item);
  }
  const ordered = [...blocks.values()].sort((a, b) => letterOrder(a.letter) - letterOrder(b.letter));
  const entries: CatalogueEntry[] = [];
  for (const group of ordered.flatMap((b) => b.groups)) {
    group.position = entries.length;
    entries.push(...group.entries);
  }
  const present = new Set(listed.map((e) => e.category));
  return {
    entries,
    blocks: ordered,
    categories: CATEGORIES.filter((c) => present.has(c)),
    byId,
  };
}

/** `#` first, as digits sort before letters. */
function letterOrder(letter: string): number {
  return letter === OTHER_INITIAL ? -1 : letter.charCodeAt(0);
}

function catalogueEntry(
  sense: SenseFacts,
  grouped: boolean,
  listed: ReadonlySet<string>,
  label: (id: string) => string,
): CatalogueEntry {
  const { entry } = sense;
  const aliases = entry.aliases ?? [];
  const subtitle = entry.expansion ?? (grouped ? aliases[0] : undefined);
  const fields = {
    term: fold(entry.term),
    subtitle: subtitle === undefined ? undefined : fold(subtitle),
    aliases: aliases.filter((a) => a !== subtitle).map(fold),
    definition: fold(sense.definition ?? ''),
  };
  return {
    entry,
    sense,
    ...fields,
    related: (entry.related ?? []).filter((id) => listed.has(id) && id !== entry.id).map((id) => ({ id, label: label(id) })),
    // A separator no query can contain, so that a match never spans two fields.
    haystack: [fields.term, fields.subtitle, ...fields.aliases, fields.definition]
      .map((f) => f?.folded ?? '')
      .join('\u0000'),
  };
}

/** The entries that pass the filter. */
export function visibleEntries(catalogue: Catalogue, { words, category }: Filter): Set<CatalogueEntry> {
  return new Set(
    catalogue.entries.filter((item) => (!category || item.entry.category === category) && matchesAll(item.haystack, words)),
  );
}
