/**
 * The entry of `dist/ics-glossary.js`, the one-script build: `<ics-term>` is defined at once; the
 * other elements load the first time the page uses them, and the tooltip's code on the first open.
 * For `autotag()` and the other classes, import the package (or use the classic-script build).
 */
import { defineElements } from './define.js';
import { catchLateProviders } from './elements/provider/late-providers.js';
import { IcsTerm } from './elements/term/ics-term.js';

// What a page's own script may want; tagging lives in the lazily loaded chunks.
export { bundledGlossary } from './bundled.js';
export { glossaryContext } from './context.js';
export { loadGlossary, mergeGlossary } from './model/load.js';
export { configure, DEFAULT_STRINGS } from './settings.js';
export { VERSION } from './version.js';
export { IcsTerm };

// A provider that loads after the terms inside it still reaches them.
catchLateProviders();
defineElements(
  { 'ics-term': IcsTerm },
  {
    'ics-glossary-provider': () =>
      import('./elements/provider/ics-glossary-provider.js').then((m) => m.IcsGlossaryProvider),
    'ics-autotag': () => import('./elements/autotag/ics-autotag.js').then((m) => m.IcsAutotag),
    'ics-glossary': () => import('./elements/glossary/ics-glossary.js').then((m) => m.IcsGlossary),
  },
);
