/**
 * The glossary shipped with the package, whole: the index and the details that
 * `scripts/split-glossary.ts` made from glossary/glossary.json, after checking every entry with the
 * validator a site's own glossary goes through. In a page, the elements load this module only when
 * they need the definitions (see `default-glossary.ts`).
 */
import details from './generated/glossary-details.json' with { type: 'json' };
import index from './generated/glossary-index.json' with { type: 'json' };
import { glossaryFromParts, type GlossaryDetails, type IndexEntry } from './model/details.js';
import type { Glossary } from './model/glossary.js';

export const bundledGlossary: Glossary = glossaryFromParts(index as IndexEntry[], details as GlossaryDetails);
