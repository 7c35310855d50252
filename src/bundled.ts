/**
 * The glossary shipped with the package, built through the same checks as any site's own.
 */
import data from '../glossary/glossary.json' with { type: 'json' };
import type { Glossary } from './model/glossary.js';
import { loadGlossary } from './model/load.js';

export const bundledGlossary: Glossary = loadGlossary(data);
