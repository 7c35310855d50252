/**
 * Floating UI behind one start/stop pair. Loaded on the first open only, so a page full of terms
 * pays for positioning code when a reader first asks for a tooltip.
 */
import { arrow, autoUpdate, computePosition, flip, offset, platform, shift, size } from '@floating-ui/dom';
import type { Platform, Rect } from '@floating-ui/dom';

const VIEWPORT_PADDING = 8;

/**
 * Under CSS zoom (`html { zoom: 2 }`) Floating UI measures the page's rectangles in viewport pixels but
 * the tooltip's size and the lengths set on it in its own, zoomed, CSS pixels. This brings the
 * rectangles into the tooltip's pixels, so every number it computes can be set on the tooltip as is.
 */
function zoomedPlatform(zoom: number): Platform {
  const scale = ({ x, y, width, height }: Rect): Rect => ({
    x: x / zoom,
    y: y / zoom,
    width: width / zoom,
    height: height / zoom,
  });
  return {
    ...platform,
    async getElementRects(args) {
      const { reference, floating } = await platform.getElementRects.call(this, args);
      return { reference: scale(reference), floating };
    },
    async getClippingRect(args) {
      return scale(await platform.getClippingRect.call(this, args));
    },
  };
}

/** Keeps `tip` beside `anchor` until the returned function is called. */
export function startPositioning(anchor: HTMLElement, tip: HTMLElement, arrowEl: HTMLElement): () => void {
  const update = async () => {
    // currentCSSZoom is missing in older browsers; there the tooltip is placed as before.
    const zoom = tip.currentCSSZoom || 1;
    const { x, y, placement, middlewareData } = await computePosition(anchor, tip, {
      strategy: 'fixed',
      platform: zoom === 1 ? platform : zoomedPlatform(zoom),
      placement: 'top',
      // Order matters: offset first so flip and shift see the gap; size after shift bounds the width;
      // arrow last so it points at the anchor after every move.
      middleware: [
        offset(10),
        flip({ padding: VIEWPORT_PADDING }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          // Custom properties, not max-width itself, so the themable width limit still applies.
          apply({ availableWidth, availableHeight }) {
            tip.style.setProperty('--ics-available-width', `${Math.max(0, availableWidth)}px`);
            tip.style.setProperty('--ics-available-height', `${Math.max(0, availableHeight)}px`);
          },
        }),
        arrow({ element: arrowEl, padding: 6 }),
      ],
    });
    Object.assign(tip.style, { left: `${x}px`, top: `${y}px` });
    const side = placement.split('-')[0]!;
    tip.dataset.placement = side;
    const { x: ax, y: ay } = middlewareData.arrow ?? {};
    Object.assign(arrowEl.style, {
      left: ax == null ? '' : `${ax}px`,
      top: ay == null ? '' : `${ay}px`,
    });
    tip.dataset.positioned = '';
  };
  return autoUpdate(anchor, tip, () => void update());
}
