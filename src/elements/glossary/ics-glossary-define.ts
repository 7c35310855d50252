/**
 * `import 'ics-glossary/elements/ics-glossary/define'`: defines `<ics-glossary>` in a page (never twice, never
 * throwing) and exports its class. `ics-glossary/elements/ics-glossary` is the class alone.
 */
import { defineElements } from '../../define.js';
import { IcsGlossary } from './ics-glossary.js';

export { IcsGlossary };

defineElements({ 'ics-glossary': IcsGlossary });
