/**
 * Everything an open tooltip needs and a closed term does not: its content, its styles and the code
 * that keeps its arrow on the term. One chunk, loaded on the first open, so a page full of terms
 * starts with less code.
 */
export { startPositioning } from './position.js';
export { renderTooltipContent } from './tooltip-content.js';
export { tooltipStyles } from './tooltip.styles.js';
