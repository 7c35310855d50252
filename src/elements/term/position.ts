/**
 * Floating UI behind one start/stop pair. Loaded on the first open only, so a page full of terms
 * pays for positioning code when a reader first asks for a tooltip.
 */
import { arrow, autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

const VIEWPORT_PADDING = 8;

/** Keeps `tip` beside `anchor` until the returned function is called. */
export function startPositioning(anchor: HTMLElement, tip: HTMLElement, arrowEl: HTMLElement): () => void {
  const update = async () => {
    const { x, y, placement, middlewareData } = await computePosition(anchor, tip, {
      strategy: 'fixed',
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
