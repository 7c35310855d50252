/**
 * The entries, under their letters, as many as have been rendered so far. Each letter's block and each
 * term's view is kept by its key from update to update, as a keyed list would, so that filtering and
 * highlighting change attributes and text and never replace the element that has focus.
 */
import { make } from '../make.js';
import { updateAttribute, updateText } from '../dom-updates.js';
import type { Catalogue, LetterBlock } from './catalogue.js';
import { GroupView, type EntryContext } from './entry-content.js';
import { letterId, letterLabel } from './letters.js';

/** Puts `nodes` in `parent` in this order, moving only those out of place, and removes the rest. */
function placeChildren(parent: Element, nodes: readonly Node[]): void {
  let at = parent.firstChild;
  for (const node of nodes) {
    if (node === at) at = at.nextSibling;
    else parent.insertBefore(node, at);
  }
  while (at) {
    const next = at.nextSibling;
    at.remove();
    at = next;
  }
}

class BlockView {
  readonly element = make('div', { class: 'letter-block' });
  readonly #heading = make('p', { part: 'letter-heading', tabindex: '-1' });
  #groups = new Map<string, GroupView>();

  update(block: LetterBlock, shown: boolean, limit: number, context: EntryContext): void {
    const id = letterId(block.letter);
    updateAttribute(this.element, 'id', id);
    this.element.classList.toggle('filtered', !shown);
    const label = letterLabel(block.letter, context.phrasing.strings);
    updateText(this.#heading, label);
    const groups = new Map<string, GroupView>();
    for (const group of block.groups) {
      if (group.position >= limit) break;
      const kept = this.#groups.get(group.term);
      const view = kept?.senses === group.entries.length ? kept : new GroupView(group.entries.length);
      view.update(group, context);
      groups.set(group.term, view);
    }
    this.#groups = groups;
    placeChildren(this.element, [this.#heading, ...[...groups.values()].map((view) => view.element)]);
  }
}

export class EntryList {
  readonly element = make('div', { part: 'entries' });
  #blocks = new Map<string, BlockView>();

  /**
   * @param limit How many entries, in page order, to render.
   * @param shownLetters The ids of the letter blocks that hold an entry the filter shows.
   */
  update(catalogue: Catalogue, limit: number, shownLetters: ReadonlySet<string>, context: EntryContext): void {
    const blocks = new Map<string, BlockView>();
    for (const block of catalogue.blocks) {
      if (block.groups[0]!.position >= limit) break;
      const view = this.#blocks.get(block.letter) ?? new BlockView();
      view.update(block, shownLetters.has(letterId(block.letter)), limit, context);
      blocks.set(block.letter, view);
    }
    this.#blocks = blocks;
    placeChildren(this.element, [...blocks.values()].map((view) => view.element));
  }
}
