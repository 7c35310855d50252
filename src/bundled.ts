/**
 * The glossary shipped with the package. The tests validate this file against the schema and the
 * model's checks, so it is used as it is, without loading the validator into every page.
 */
import data from '../glossary/glossary.json' with { type: 'json' };
import { Glossary } from './model/glossary.js';
import type { Entry } from './model/types.js';

export const bundledGlossary: Glossary = new Glossary(data.entries as Entry[]);
