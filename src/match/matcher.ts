/**
 * The text matcher both taggers use: finds every written form of the glossary's entries in a string,
 * whole words only, the longest form first. No DOM, so the browser and the server find the same words.
 */
import { formKey } from '../model/forms.js';
import type { Glossary } from '../model/glossary.js';
import type { Entry } from '../model/types.js';
import { compileForms, foldSeparators } from './pattern.js';

/** A written form found in a text: `text` is exactly `text.slice(start, end)` of what was searched. */
export interface Match {
  start: number;
  end: number;
  text: string;
  /** The entries the form belongs to, in glossary order: more than one for a term with several senses. */
  entries: readonly Entry[];
}

export interface MatcherOptions {
  /** Only these entry ids; by default every entry that does not set `autotag: false`. */
  terms?: readonly string[];
}

export interface Matcher {
  /** Every match, in order and without overlaps. */
  find(text: string): Match[];
}

/** How many written texts a matcher remembers the entries of. */
const KNOWN_LIMIT = 5000;

const compiled = new WeakMap<Glossary, Map<string, Matcher>>();

/**
 * The matcher for a glossary and a choice of terms. Compiling costs far more than a search, so the
 * matcher is kept for as long as the glossary lives and handed out again for the same options.
 */
export function compileMatcher(glossary: Glossary, options: MatcherOptions = {}): Matcher {
  const key = options.terms ? `only ${[...new Set(options.terms)].sort().join(' ')}` : 'all';
  let byTerms = compiled.get(glossary);
  if (!byTerms) compiled.set(glossary, (byTerms = new Map()));
  let matcher = byTerms.get(key);
  if (!matcher) {
    matcher = build(glossary, options.terms);
    byTerms.set(key, matcher);
  }
  return matcher;
}

function build(glossary: Glossary, terms: readonly string[] | undefined): Matcher {
  const wanted = terms && new Set(terms);
  // Words like "place" would be noise if tagged wherever they occur.
  const taggable = (entry: Entry) => entry.autotag !== false && (!wanted || wanted.has(entry.id));
  // The trie takes every form with a sense to tag, its separators folded. The few that fold into
  // another form ("NHS-E" into "NHS E") are listed under it, so that a lookup finds them all; the
  // rest are looked up in the glossary's own index, not copied.
  const keys: string[] = [];
  const foldedFrom = new Map<string, string[]>();
  for (const [key, senses] of glossary.words.keys()) {
    if (!senses.some(taggable)) continue;
    const folded = foldSeparators(key);
    keys.push(folded);
    if (folded !== key) foldedFrom.set(folded, [...(foldedFrom.get(folded) ?? []), key]);
  }
  if (keys.length === 0) return { find: () => [] };

  const search = compileForms(keys);
  const sensesOf = (key: string) => {
    const forms = [key, ...(foldedFrom.get(key) ?? [])];
    const senses = [...new Set(forms.flatMap((form) => glossary.words.filed(form)))].filter(taggable);
    // Forms folded together may name different entries: in glossary order, as every list of senses.
    return forms.length > 1 ? senses.sort((a, b) => glossary.entries.indexOf(a) - glossary.entries.indexOf(b)) : senses;
  };
  // As in the glossary's own lookup: acronyms must match exactly, and phrases match in any case
  // ("Integrated Care Boards" in a headline, "INTEGRATED CARE" in a banner).
  const entriesOf = (written: string): readonly Entry[] | null => {
    const key = foldSeparators(formKey(written));
    return [key, key.toLowerCase()].map(sensesOf).find((entries) => entries.length > 0) ?? null;
  };
  // Each lookup folds the text with several regular expressions, and a page writes the same few words
  // again and again ("ICB", "ICBs"). The answers are remembered up to a bound: a page that keeps
  // growing may write ever new variants.
  const known = new Map<string, readonly Entry[] | null>();
  const lookUp = (written: string): readonly Entry[] | null => {
    let entries = known.get(written);
    if (entries === undefined) {
      if (known.size === KNOWN_LIMIT) known.clear();
      known.set(written, (entries = entriesOf(written)));
    }
    return entries;
  };

  // The trie ignores case, so its longest form may be an acronym in the wrong case ("icb"); then the
  // shorter forms that start at the same place are tried.
  const longestAt = (text: string, start: number, ends: readonly number[]): Match | undefined => {
    for (const end of ends) {
      const written = text.slice(start, end);
      const entries = lookUp(written);
      if (entries) return { start, end, text: written, entries };
    }
    return undefined;
  };

  return {
    find(text) {
      const found: Match[] = [];
      search(text, (start, ends) => {
        const match = longestAt(text, start, ends);
        if (match) found.push(match);
        return match ? match.end : start + 1;
      });
      return found;
    },
  };
}
