/**
 * The bundled glossary in two parts, so that a page loads what finds and names terms first and the
 * rest later. The index holds what a lookup, the matcher and a term's accessible name need: ids,
 * terms, written forms, expansions, categories, statuses and dates, and when each earlier wording
 * ended. The details hold the words and the evidence: definitions, earlier wordings, events, related
 * entries and sources. Sources are listed once and cited by position, as many entries cite one Act.
 */
import { Glossary } from './glossary.js';
import type { EarlierDefinition, Entry, Source, TimelineEvent } from './types.js';

/** An entry without its details: its earlier wordings keep their end dates and statuses only. */
export type IndexEntry = Omit<Entry, 'definition' | 'earlier' | 'timeline' | 'related' | 'sources' | 'reviewed'> & {
  earlier?: Omit<EarlierDefinition, 'definition'>[];
};

export interface EntryDetails {
  definition: string;
  /** The earlier wordings' texts, in the order of the index entry's `earlier`. */
  earlier?: string[];
  timeline?: TimelineEvent[];
  related?: string[];
  /** Positions in `GlossaryDetails.sources`. */
  sources: number[];
  reviewed?: string;
}

export interface GlossaryDetails {
  sources: Source[];
  entries: Record<string, EntryDetails>;
}

/** Splits checked entries into the index and the details. */
export function splitEntries(entries: readonly Entry[]): { index: IndexEntry[]; details: GlossaryDetails } {
  const sources: Source[] = [];
  const positions = new Map<string, number>();
  const cite = (source: Source) => {
    const key = JSON.stringify(source);
    let position = positions.get(key);
    if (position === undefined) positions.set(key, (position = sources.push(source) - 1));
    return position;
  };
  const details: Record<string, EntryDetails> = {};
  const index = entries.map(({ definition, earlier, timeline, related, sources: cited, reviewed, ...rest }) => {
    details[rest.id] = {
      definition,
      earlier: earlier?.map((wording) => wording.definition),
      timeline,
      related,
      sources: cited.map(cite),
      reviewed,
    };
    return { ...rest, earlier: earlier?.map(({ definition: _, ...dates }) => dates) };
  });
  return { index, details: { sources, entries: details } };
}

/**
 * An index entry as a whole entry, with the details when they are given. Without them the entry has
 * no definition and no sources yet: it can be found, named and dated, and is told in full later.
 */
export function withDetails(entry: IndexEntry, details?: GlossaryDetails): Entry {
  const own = details?.entries[entry.id];
  return {
    ...entry,
    definition: own?.definition ?? '',
    earlier: entry.earlier?.map((dates, i) => ({ ...dates, definition: own?.earlier?.[i] ?? '' })),
    timeline: own?.timeline,
    related: own?.related,
    sources: own ? own.sources.map((position) => details!.sources[position]!) : [],
    reviewed: own?.reviewed,
  };
}

/**
 * The bundled glossary from its parts, without the details until they are given. The parts were checked
 * when they were split (scripts/split-glossary.ts), so they are not checked again.
 */
export function glossaryFromParts(index: readonly IndexEntry[], details?: GlossaryDetails): Glossary {
  return new Glossary(
    index.map((entry) => withDetails(entry, details)),
    [],
  );
}
