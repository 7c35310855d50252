/**
 * What the one-script build loads as soon as a page runs it: `<ics-term>` defined at once; the
 * other elements loaded and defined the first time the page holds one.
 */
import { defineElements } from './define.js';
import { IcsTerm } from './elements/term/ics-term.js';

/** The tagger and `<ics-autotag>`, loaded by either. */
export const loadTagging = () => import('./standalone-tagging.js');

defineElements(
  { 'ics-term': IcsTerm },
  {
    'ics-glossary-provider': () =>
      import('./elements/provider/ics-glossary-provider.js').then((m) => m.IcsGlossaryProvider),
    'ics-autotag': () => loadTagging().then((m) => m.IcsAutotag),
    'ics-glossary': () => import('./elements/glossary/ics-glossary.js').then((m) => m.IcsGlossary),
  },
);
