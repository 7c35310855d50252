/**
 * `import 'ics-glossary/elements/ics-term/define'`: defines `<ics-term>` in a page (never twice, never
 * throwing) and exports its class. `ics-glossary/elements/ics-term` is the class alone.
 */
import { defineElements } from '../../define.js';
import { IcsTerm } from './ics-term.js';

export { IcsTerm };

defineElements({ 'ics-term': IcsTerm });
