/**
 * The browser places the tooltip (CSS anchor positioning, in tooltip.styles.ts). What CSS cannot do is
 * measured here whenever the page scrolls or resizes, until the returned function is called: cap the
 * tooltip's height to the roomier side of its term, so that one side always fits; and tell the arrow
 * which side the browser chose and where along the shifted tooltip the term now is.
 */

const ARROW_SIZE = 10;
/** Keeps the arrow clear of the tooltip's rounded corners. */
const ARROW_INSET = 6;
/** The tooltip's margins in the block axis: the gap to the term and the viewport edge beyond. */
const BLOCK_MARGINS = 10 + 8;

export function startPositioning(anchor: HTMLElement, tip: HTMLElement, arrowEl: HTMLElement): () => void {
  const update = () => {
    // Rectangles are in viewport pixels; lengths set on the tooltip are in its own, zoomed, CSS pixels.
    // currentCSSZoom is missing in older browsers, which have no CSS zoom either.
    const zoom = tip.currentCSSZoom || 1;
    const a = anchor.getBoundingClientRect();
    const room = Math.max(a.top, window.innerHeight - a.bottom) / zoom - BLOCK_MARGINS;
    tip.style.setProperty('--ics-available-height', `${Math.max(0, room)}px`);
    const t = tip.getBoundingClientRect();
    tip.dataset.placement = t.top >= a.top ? 'bottom' : 'top';
    const centre = (a.left + a.width / 2 - t.left) / zoom;
    const left = Math.min(Math.max(centre - ARROW_SIZE / 2, ARROW_INSET), t.width / zoom - ARROW_SIZE - ARROW_INSET);
    arrowEl.style.left = `${left}px`;
    tip.dataset.positioned = '';
  };
  update();

  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  };
  const stop = new AbortController();
  const options = { capture: true, passive: true, signal: stop.signal };
  // Scrolling any ancestor moves the term; the browser moves the tooltip with it and may flip it.
  window.addEventListener('scroll', schedule, options);
  window.addEventListener('resize', schedule, options);
  const resized = new ResizeObserver(schedule);
  resized.observe(tip);
  resized.observe(anchor);
  return () => {
    stop.abort();
    resized.disconnect();
    cancelAnimationFrame(frame);
  };
}
