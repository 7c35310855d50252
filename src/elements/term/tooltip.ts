/**
 * Everything an open tooltip needs and a closed term does not: its content, its styles and the code
 * that places it beside its term (Floating UI). One chunk, loaded on the first open, so a page full of terms
 * starts with less code.
 */
export { TooltipPlacement } from './position.js';
export { renderTooltipContent } from './tooltip-content.js';
export { tooltipStyles } from './tooltip.styles.js';
