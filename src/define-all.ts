/**
 * `import 'ics-glossary/define'`: defines every element in a page, and nothing in Node. The package's
 * main entry defines nothing, so a bundle that only tags or only reads the glossary carries no element.
 */
import { defineElements } from './define.js';
import { IcsAutotag } from './elements/autotag/ics-autotag.js';
import { IcsGlossary } from './elements/glossary/ics-glossary.js';
import { IcsGlossaryProvider } from './elements/provider/ics-glossary-provider.js';
import { IcsTerm } from './elements/term/ics-term.js';

export { IcsAutotag, IcsGlossary, IcsGlossaryProvider, IcsTerm };

// One call, so that one console.info line names whatever another copy had already defined.
// Providers first, so the terms inside them find them when they upgrade.
defineElements({
  'ics-glossary-provider': IcsGlossaryProvider,
  'ics-term': IcsTerm,
  'ics-autotag': IcsAutotag,
  'ics-glossary': IcsGlossary,
});
