/**
 * The types of the classic-script build, `dist/ics-glossary.iife.js`: imported as a module it gives
 * nothing; run as a script it puts the package's API on `window.IcsGlossary`. A page's TypeScript
 * reads them with `/// <reference types="ics-glossary/ics-glossary.iife.js" />`.
 */
import type * as api from './index.js';

declare global {
  var IcsGlossary: typeof api;
}

export {};
