/**
 * Places an open tooltip beside its term with Floating UI, and keeps it there while the page scrolls,
 * resizes or reflows. A term that wraps onto two lines is two boxes: the tooltip and its arrow point at
 * the one under the pointer, or at the first for keyboard and tap, never at the words between them.
 */
import { arrow, autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';

/** Between term and tooltip: room for the arrow. */
const GAP = 10;
/** The tooltip stays this far inside the viewport. */
const EDGE = 8;
/** Keeps the arrow clear of the tooltip's rounded corners. */
const ARROW_INSET = 6;

/** Where the reader pointed, relative to the term's bounding box, so it stays on its line as the page scrolls. */
interface Offset {
  x: number;
  y: number;
}

export class TooltipPlacement {
  private cleanup?: () => void;
  private pointed?: Offset;
  /** Counts starts and stops, so that a position worked out for an earlier opening is dropped. */
  private run = 0;

  constructor(
    private readonly anchor: HTMLElement,
    private readonly tip: HTMLElement,
    private readonly arrowEl: HTMLElement,
  ) {}

  /**
   * Places the tooltip now and whenever the term moves, until `stop()`. `pointer` is where a mouse or
   * pen rested on the term, in viewport pixels; without it the tooltip points at the term's first line.
   */
  start(pointer?: { clientX: number; clientY: number }): void {
    this.stop();
    const run = ++this.run;
    const box = this.anchor.getBoundingClientRect();
    const first = this.anchor.getClientRects()[0] ?? box;
    const [x, y] = pointer ? [pointer.clientX, pointer.clientY] : [first.left + first.width / 2, first.top + first.height / 2];
    this.pointed = { x: x - box.left, y: y - box.top };
    this.cleanup = autoUpdate(this.anchor, this.tip, () => void this.update(run));
  }

  stop(): void {
    this.run++;
    this.cleanup?.();
    this.cleanup = undefined;
  }

  private async update(run: number): Promise<void> {
    const { anchor, tip, arrowEl } = this;
    const box = anchor.getBoundingClientRect();
    const point = { x: box.left + this.pointed!.x, y: box.top + this.pointed!.y };
    // Lengths set on the tooltip are in its own CSS pixels, which an ancestor's CSS zoom scales;
    // currentCSSZoom is missing in older browsers, which have no CSS zoom either.
    const zoom = tip.currentCSSZoom || 1;
    // Flip decides on the tooltip's natural height; size then caps it to the side it chose.
    tip.style.maxHeight = '';
    const { x, y, placement, middlewareData } = await computePosition(anchor, tip, {
      strategy: 'fixed',
      placement: 'top',
      middleware: [
        inline(point),
        offset(GAP),
        flip({ padding: EDGE, crossAxis: false }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply: ({ availableHeight }) => void (tip.style.maxHeight = `${Math.max(0, availableHeight) / zoom}px`),
        }),
        arrow({ element: arrowEl, padding: ARROW_INSET }),
      ],
    });
    // The term may have closed, or opened again, while the position was worked out.
    if (run !== this.run) return;
    Object.assign(tip.style, { left: `${x / zoom}px`, top: `${y / zoom}px` });
    arrowEl.style.left = `${(middlewareData.arrow?.x ?? 0) / zoom}px`;
    tip.dataset.placement = placement;
    tip.dataset.positioned = '';
  }
}
