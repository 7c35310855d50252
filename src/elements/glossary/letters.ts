/**
 * The A–Z navigation. Every letter is listed, so the row keeps its shape while the reader filters;
 * a letter with no term shown is a link with nowhere to go, marked `aria-disabled`, so a screen reader
 * reads it as unavailable where the eye sees it muted.
 */
import { make } from '../make.js';
import { updateAttribute, updateText } from '../dom-updates.js';
import { OTHER_INITIAL, type Catalogue, type CatalogueEntry } from './catalogue.js';
import type { Strings } from '../../settings.js';

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The id of a letter's block of terms, and so its fragment: `#letter-a`. */
export function letterId(letter: string): string {
  return letter === OTHER_INITIAL ? 'letter-0-9' : `letter-${letter.toLowerCase()}`;
}

export function letterLabel(letter: string, strings: Strings): string {
  return letter === OTHER_INITIAL ? strings.otherInitial : letter;
}

/** The ids of the letter blocks that hold a shown entry. */
export function lettersShown(catalogue: Catalogue, visible: ReadonlySet<CatalogueEntry>): Set<string> {
  const shown = new Set<string>();
  for (const block of catalogue.blocks) {
    if (block.groups.some((g) => g.entries.some((e) => visible.has(e)))) shown.add(letterId(block.letter));
  }
  return shown;
}

/** The A–Z navigation, kept from update to update; a letter's link is replaced only when it gains or loses terms. */
export class LetterNav {
  readonly element = make('nav', { part: 'letters' });
  /** Each letter's list item, and whether its link leads anywhere (unknown until first written). */
  #items = new Map<string, { item: HTMLElement; shown?: boolean }>();

  update(catalogue: Catalogue, shown: ReadonlySet<string>, strings: Strings): void {
    updateAttribute(this.element, 'aria-label', strings.lettersLabel);
    // Digits and symbols get a place of their own only in a glossary that has such terms.
    const letters = catalogue.blocks.some((b) => b.letter === OTHER_INITIAL) ? [OTHER_INITIAL, ...LETTERS] : LETTERS;
    if (letters.length !== this.#items.size) {
      this.#items = new Map(letters.map((letter) => [letter, { item: make('li', {}) }]));
      this.element.replaceChildren(make('ul', {}, ...[...this.#items.values()].map(({ item }) => item)));
    }
    for (const [letter, state] of this.#items) {
      const id = letterId(letter);
      const label = letterLabel(letter, strings);
      if (state.shown === shown.has(id)) {
        updateText(state.item.firstElementChild!, label);
        continue;
      }
      state.shown = shown.has(id);
      state.item.replaceChildren(
        state.shown
          ? make('a', { part: 'letter', href: `#${id}` }, label)
          : make('a', { part: 'letter disabled', role: 'link', 'aria-disabled': 'true' }, label),
      );
    }
  }
}
