/**
 * The glossary model: every lookup the elements and taggers make goes through here, and it answers
 * with facts (see `as-of.ts`); `present.ts` writes the words. No DOM, so the same answers come out in
 * Node (server tagging, tests) and in the browser. Build one with `loadGlossary` or `mergeGlossary`,
 * which check the data first.
 */
import { factsAt, isInUse, type SenseFacts } from './as-of.js';
import { startOf, today } from './dates.js';
import type { Entry } from './types.js';
import type { GlossaryIssue } from './validate.js';
import { WordIndex } from './word-index.js';

export type Resolution =
  | { kind: 'unknown' }
  | { kind: 'found'; sense: SenseFacts; otherSenses: readonly Entry[] }
  | { kind: 'ambiguous'; senses: readonly SenseFacts[] };

export interface LookupRequest {
  /** An entry id, when the author named one: it settles which sense is meant. */
  id?: string | null;
  /** The written term, as it appears on the page. */
  text?: string | null;
  /** The complete ISO date the page speaks of; defaults to today. */
  asOf?: string | null;
  /**
   * The id of the sense the page has already settled on for a term with several ("integrated care
   * partnership (ICP)" earlier on): it is the one meant, when it is one of the term's senses.
   */
  context?: string | null;
}

/**
 * How many lookups are remembered. A page repeats the same few terms, so a few hundred cover it;
 * the bound keeps a long-lived page that shows thousands of dates from growing without end.
 */
export const LOOKUP_MEMORY = 512;

export class Glossary {
  readonly entries: readonly Entry[];
  /** Problems found while loading; the entries they concern were skipped or their links ignored. */
  readonly issues: readonly GlossaryIssue[];
  /** The written forms of every entry, shared by lookups, the matcher and the taggers. */
  readonly words: WordIndex;
  readonly #ids = new Map<string, Entry>();
  readonly #remembered = new Map<string, Resolution>();

  /** @internal Use `loadGlossary` or `mergeGlossary`, which check the entries first. */
  constructor(entries: readonly Entry[], issues: readonly GlossaryIssue[]) {
    this.entries = entries;
    this.issues = issues;
    for (const entry of entries) this.#ids.set(entry.id, entry);
    this.words = new WordIndex(entries);
  }

  byId(id: string): Entry | undefined {
    return this.#ids.get(id);
  }

  /** Every sense of a written term, in glossary order. */
  senses(written: string): readonly Entry[] {
    return this.words.senses(written);
  }

  /** One entry's facts as of a date (today by default). */
  factsAt(entry: Entry, asOf?: string | null): SenseFacts {
    return factsAt(entry, asOf || today(), (id) => this.byId(id));
  }

  /**
   * Which entry a term on a page means, and what it meant on the page's date. A term with several
   * senses is found when just one of them was in use then; otherwise it is ambiguous.
   */
  lookup({ id, text, asOf, context }: LookupRequest): Resolution {
    const date = asOf || today();
    const key = `${id ?? ''}\u0000${text ?? ''}\u0000${date}\u0000${context ?? ''}`;
    let resolution = this.#remembered.get(key);
    if (resolution) {
      // Most recently used last, so the oldest is the first to go.
      this.#remembered.delete(key);
    } else {
      resolution = this.#resolve(id, text ?? '', date, context);
      if (this.#remembered.size >= LOOKUP_MEMORY) this.#remembered.delete(this.#remembered.keys().next().value!);
    }
    this.#remembered.set(key, resolution);
    return resolution;
  }

  /** How many lookups are remembered now. */
  get rememberedLookups(): number {
    return this.#remembered.size;
  }

  #resolve(id: string | null | undefined, text: string, date: string, context?: string | null): Resolution {
    const named = id ? this.byId(id) : undefined;
    const candidates = named ? [named] : id ? [] : this.senses(text);
    if (candidates.length === 0) return { kind: 'unknown' };
    const facts = (entry: Entry) => factsAt(entry, date, (other) => this.byId(other));
    if (candidates.length === 1) return { kind: 'found', sense: facts(candidates[0]!), otherSenses: [] };
    const settled = candidates.find((e) => e.id === context);
    if (settled) return { kind: 'found', sense: facts(settled), otherSenses: candidates.filter((e) => e !== settled) };
    const inUse = candidates.filter((e) => isInUse(e, date));
    if (inUse.length === 1) {
      return { kind: 'found', sense: facts(inUse[0]!), otherSenses: candidates.filter((e) => e !== inUse[0]) };
    }
    // A sense not yet in use on the date is not offered for it, while one that was or had been is.
    const past = inUse.length > 0 ? inUse : candidates.filter((e) => !e.validFrom || startOf(e.validFrom) <= date);
    if (past.length === 1) return { kind: 'found', sense: facts(past[0]!), otherSenses: [] };
    return { kind: 'ambiguous', senses: (past.length > 0 ? past : candidates).map(facts) };
  }
}
