/**
 * Everything an open tooltip needs and a closed term does not: its box and content, its styles and the
 * code that places it beside its term (Floating UI). One chunk, loaded on the first open, so a page full
 * of terms starts with less code.
 */
export { TooltipBox } from './tooltip-box.js';
export { tooltipStyles } from './tooltip.styles.js';
