/**
 * `import 'ics-glossary/elements/ics-glossary-provider/define'`: defines `<ics-glossary-provider>` in a page (never twice, never
 * throwing) and exports its class. `ics-glossary/elements/ics-glossary-provider` is the class alone.
 */
import { defineElements } from '../../define.js';
import { IcsGlossaryProvider } from './ics-glossary-provider.js';

export { IcsGlossaryProvider };

defineElements({ 'ics-glossary-provider': IcsGlossaryProvider });
