/**
 * Places an open tooltip beside its term with Floating UI, and keeps it there while the page scrolls,
 * resizes or reflows. A term that wraps onto two lines is two boxes: the tooltip and its arrow point at
 * the one under the pointer, or at the first for keyboard and tap, never at the words between them.
 */
import { arrow, autoUpdate, computePosition, flip, inline, offset, platform, shift, size } from '@floating-ui/dom';
import type { ClientRectObject, Platform, Rect } from '@floating-ui/dom';

// Lengths in the tooltip's CSS pixels, which a zoomed page scales with it.
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

/**
 * Floating UI's platform, measuring in the CSS pixels of a tooltip that an ancestor's CSS zoom (a page
 * zoomed to 200 %) scales by `zoom`. Floating UI reads boxes' positions in viewport pixels but their
 * sizes, and the lengths it sets, in their own CSS pixels: here positions are read in those too.
 * Engines without standard CSS zoom (no currentCSSZoom) measure zoomed boxes in their own pixels.
 */
function inCssPixels(zoom: number): Platform {
  // DOMRect's fields are getters, which spreading would lose.
  const scaled = ({ x, y, width, height }: Rect): ClientRectObject => {
    const [left, top] = [x / zoom, y / zoom];
    return { x: left, y: top, left, top, width: width / zoom, height: height / zoom, right: left + width / zoom, bottom: top + height / zoom };
  };
  return {
    ...platform,
    async getElementRects(data) {
      const rects = await platform.getElementRects.call(this, data);
      // inline() passes a virtual reference made from rects that are scaled already.
      return data.reference instanceof Element ? { ...rects, reference: scaled(rects.reference) } : rects;
    },
    getClippingRect: async (data) => scaled(await platform.getClippingRect(data)),
    getClientRects: async (element) => Array.from(await platform.getClientRects!(element), (rect) => scaled(rect)),
  };
}

export class TooltipPlacement {
  #cleanup?: () => void;
  #pointed?: Offset;
  /** Counts starts and stops, so that a position worked out for an earlier opening is dropped. */
  #run = 0;

  readonly #anchor: HTMLElement;
  readonly #tip: HTMLElement;
  readonly #arrowEl: HTMLElement;

  constructor(anchor: HTMLElement, tip: HTMLElement, arrowEl: HTMLElement) {
    this.#anchor = anchor;
    this.#tip = tip;
    this.#arrowEl = arrowEl;
  }

  /**
   * Places the tooltip now and whenever the term moves, until `stop()`. `pointer` is where a mouse or
   * pen rested on the term, in viewport pixels; without it the tooltip points at the term's first line.
   */
  start(pointer?: { clientX: number; clientY: number }): void {
    this.stop();
    const run = ++this.#run;
    const box = this.#anchor.getBoundingClientRect();
    const first = this.#anchor.getClientRects()[0] ?? box;
    const [x, y] = pointer ? [pointer.clientX, pointer.clientY] : [first.left + first.width / 2, first.top + first.height / 2];
    this.#pointed = { x: x - box.left, y: y - box.top };
    this.#cleanup = autoUpdate(this.#anchor, this.#tip, () => void this.#update(run));
  }

  stop(): void {
    this.#run++;
    this.#cleanup?.();
    this.#cleanup = undefined;
  }

  async #update(run: number): Promise<void> {
    const [anchor, tip, arrowEl] = [this.#anchor, this.#tip, this.#arrowEl];
    const box = anchor.getBoundingClientRect();
    const point = { x: box.left + this.#pointed!.x, y: box.top + this.#pointed!.y };
    const zoom = tip.currentCSSZoom || 1;
    // Flip decides on the tooltip's natural height; size then caps it to the side it chose.
    tip.style.maxHeight = '';
    const { x, y, placement, middlewareData } = await computePosition(anchor, tip, {
      strategy: 'fixed',
      placement: 'top',
      platform: zoom === 1 ? platform : inCssPixels(zoom),
      middleware: [
        inline({ x: point.x / zoom, y: point.y / zoom }),
        offset(GAP),
        flip({ padding: EDGE, crossAxis: false }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply: ({ availableHeight }) => void (tip.style.maxHeight = `${Math.max(0, availableHeight)}px`),
        }),
        arrow({ element: arrowEl, padding: ARROW_INSET }),
      ],
    });
    // The term may have closed, or opened again, while the position was worked out.
    if (run !== this.#run) return;
    Object.assign(tip.style, { left: `${x}px`, top: `${y}px` });
    arrowEl.style.left = `${middlewareData.arrow?.x ?? 0}px`;
    tip.dataset.placement = placement;
    tip.dataset.positioned = '';
  }
}
