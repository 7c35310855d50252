/**
 * The search form: a search box and a category filter, kept from update to update so that the box
 * keeps its focus, caret and selection while the reader types.
 */
import type { Category } from '../../model/types.js';
import { categoryLabel } from '../../present.js';
import type { Strings } from '../../settings.js';
import { make } from '../make.js';
import { updateText } from '../dom-updates.js';

export interface ControlsState {
  search: string;
  /** The categories the reader can choose from, in order. */
  categories: readonly Category[];
  /** The category shown, when one is chosen. */
  active?: string;
  strings: Strings;
}

export class SearchControls {
  readonly element: HTMLFormElement;
  readonly #searchLabel = make('label', { for: 'search' });
  readonly #categoryLabel = make('label', { for: 'category' });
  readonly #input = make('input', {
    id: 'search',
    part: 'search-input',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
  }) as HTMLInputElement;
  readonly #select = make('select', { id: 'category', part: 'category-select' }) as HTMLSelectElement;
  /** What the options were written for. */
  #written?: [readonly Category[], Strings];

  constructor(onSearch: (query: string) => void, onCategory: (category: string) => void) {
    this.element = make(
      'form',
      { part: 'controls', role: 'search' },
      make('div', { class: 'field' }, this.#searchLabel, this.#input),
      make('div', { class: 'field' }, this.#categoryLabel, this.#select),
    ) as HTMLFormElement;
    // Filtering happens as the reader types; Enter must not reload the page.
    this.element.addEventListener('submit', (event) => event.preventDefault());
    this.#input.addEventListener('input', () => onSearch(this.#input.value));
    this.#select.addEventListener('change', () => onCategory(this.#select.value));
  }

  update({ search, categories, active, strings }: ControlsState): void {
    updateText(this.#searchLabel, strings.searchTerms);
    updateText(this.#categoryLabel, strings.category);
    // The reader's typing is already in the box; only a query set from outside is written.
    if (this.#input.value !== search) this.#input.value = search;
    const [writtenFor, writtenIn] = this.#written ?? [];
    if (writtenFor !== categories || writtenIn !== strings) {
      this.#written = [categories, strings];
      this.#select.replaceChildren(
        make('option', { value: '' }, strings.allCategories),
        ...categories.map((c) => make('option', { value: c }, categoryLabel(c, strings))),
      );
    }
    // The selected property, not the attribute: once the reader has chosen, Firefox (as the spec says)
    // lets the attribute no longer change the choice, so clearing the filter could not.
    for (const option of this.#select.options) option.selected = option.value === (active ?? '');
  }
}
