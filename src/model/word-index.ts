/**
 * The written forms of every entry, filed by `formKey`: the one index behind a lookup by text, the
 * text matcher and the taggers' record of what a page has named.
 */
import { formKey, writtenForms } from './forms.js';
import type { Entry } from './types.js';

export class WordIndex {
  readonly #forms = new Map<string, Entry[]>();

  constructor(entries: readonly Entry[]) {
    for (const entry of entries) {
      for (const form of writtenForms(entry)) {
        const key = formKey(form);
        const senses = this.#forms.get(key);
        if (!senses) this.#forms.set(key, [entry]);
        else if (!senses.includes(entry)) senses.push(entry);
      }
    }
  }

  /** Every sense written this way, in glossary order: "ICP" gives both partnership and provider. */
  senses(written: string): readonly Entry[] {
    const key = formKey(written);
    // "Integrated Care Boards" at the start of a headline still means the phrase.
    return this.#forms.get(key) ?? this.#forms.get(key.toLowerCase()) ?? [];
  }

  /** The senses filed under a key just as `keys` gives it. */
  filed(key: string): readonly Entry[] {
    return this.#forms.get(key) ?? [];
  }

  /** Each key with its senses, for compiling a matcher. */
  keys(): IterableIterator<[key: string, senses: readonly Entry[]]> {
    return this.#forms.entries();
  }
}
