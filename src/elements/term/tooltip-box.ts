/**
 * An open tooltip's box, in its term's shadow root: made when the term opens and removed when it closes,
 * so a page of closed terms holds no tooltip DOM at all. Part of the tooltip's chunk.
 */
import type { Resolution } from '../../model/glossary.js';
import { make } from '../make.js';
import { TooltipPlacement } from './position.js';
import { tooltipContent, type ContentOptions } from './tooltip-content.js';

/**
 * Puts `paragraphs` in `parent`, leaving in place each that has not changed: an open term writes its
 * tooltip again on every update, and a link the reader has moved to must keep focus.
 */
function replaceChanged(parent: HTMLElement, paragraphs: readonly HTMLElement[]): void {
  paragraphs.forEach((paragraph, i) => {
    const old = parent.children[i];
    if (!old) parent.append(paragraph);
    else if (!old.isEqualNode(paragraph)) old.replaceWith(paragraph);
  });
  while (parent.children.length > paragraphs.length) parent.lastElementChild!.remove();
}

export class TooltipBox {
  /** Scrolls inside the box, so the arrow outside it is not clipped. */
  readonly #body = make('div', { class: 'body' });
  readonly #arrow = make('div', { part: 'arrow' });
  readonly tip = make('div', { id: 'tip', part: 'tooltip', popover: 'manual' }, this.#arrow, this.#body);
  readonly #placement: TooltipPlacement;

  /**
   * Adds the box after `anchor`, the term it points at, and shows it there, pointing at `pointer` (where a
   * mouse or pen rests) or the term's first line. The top layer ignores ancestors' overflow, z-index and
   * transforms; without the Popover API the tooltip is a fixed box with the highest z-index, which a
   * clipping or transformed ancestor may catch. Either way it is displayed from the start: it exists only
   * while open, hidden until placed.
   */
  constructor(anchor: HTMLElement, resolution: Resolution, options: ContentOptions, pointer?: PointerEvent) {
    const { tip } = this;
    anchor.after(tip);
    this.render(resolution, options);
    if (typeof tip.showPopover === 'function') tip.showPopover();
    this.#placement = new TooltipPlacement(anchor, tip, this.#arrow);
    this.#placement.start(pointer);
  }

  /** Writes what the tooltip says; again whenever the term's resolution or settings change. */
  render(resolution: Resolution, options: ContentOptions): void {
    const { tip } = this;
    const body = this.#body;
    replaceChanged(body, tooltipContent(resolution, options));
    // A tooltip is read as one; one with links is a group the reader can move through, named by the term.
    const links = body.querySelector('a[href]') !== null;
    tip.setAttribute('role', links ? 'group' : 'tooltip');
    if (links) tip.setAttribute('aria-labelledby', 'term');
    else tip.removeAttribute('aria-labelledby');
  }

  remove(): void {
    this.#placement.stop();
    this.tip.remove();
  }
}
