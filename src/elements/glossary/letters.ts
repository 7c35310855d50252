/**
 * The A–Z navigation. Every letter is listed, so the row keeps its shape while the reader filters;
 * a letter with no term shown is a link with nowhere to go, marked `aria-disabled`, so a screen reader
 * reads it as unavailable where the eye sees it muted.
 */
import { html, type TemplateResult } from 'lit';
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

export function renderLetters(catalogue: Catalogue, shown: ReadonlySet<string>, strings: Strings): TemplateResult {
  // Digits and symbols get a place of their own only in a glossary that has such terms.
  const letters = catalogue.blocks.some((b) => b.letter === OTHER_INITIAL) ? [OTHER_INITIAL, ...LETTERS] : LETTERS;
  return html`<nav part="letters" aria-label=${strings.lettersLabel}>
    <ul>
      ${letters.map((letter) => {
        const id = letterId(letter);
        return html`<li>
          ${shown.has(id)
            ? html`<a part="letter" href=${`#${id}`}>${letterLabel(letter, strings)}</a>`
            : html`<a part="letter disabled" role="link" aria-disabled="true">${letterLabel(letter, strings)}</a>`}
        </li>`;
      })}
    </ul>
  </nav>`;
}
