/**
 * The entry of `dist/ics-glossary.iife.js`, the classic-script build: every element defined and the
 * whole API on `window.IcsGlossary`. A classic script cannot load code later, so everything is inside.
 */
export * from './index.js';
import './define-all.js';
