/**
 * `import 'ics-glossary/elements/ics-autotag/define'`: defines `<ics-autotag>` in a page (never twice, never
 * throwing) and exports its class. `ics-glossary/elements/ics-autotag` is the class alone.
 */
import { defineElements } from '../../define.js';
import { IcsAutotag } from './ics-autotag.js';

export { IcsAutotag };

defineElements({ 'ics-autotag': IcsAutotag });
