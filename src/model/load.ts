/**
 * Glossaries from data of unknown quality: a site's JSON, a CMS setting. Kept apart from the model,
 * so a page that only shows the bundled glossary (checked by the tests) never loads the validator.
 */
import { Glossary } from './glossary.js';
import { checkReferences, validateEntries } from './validate.js';

export type MergeMode = 'merge' | 'replace';

/** Validates raw data (parsed JSON) and builds a glossary of the entries that pass; `issues` lists the rest. */
export function loadGlossary(data: unknown): Glossary {
  const { entries, issues } = validateEntries(data);
  return new Glossary(entries, [...issues, ...checkReferences(entries)]);
}

/**
 * Combines `base` with a site's own data. In `merge` mode an entry with a known id replaces the base's
 * and new ids are added; in `replace` mode only the site's entries remain.
 */
export function mergeGlossary(base: Glossary, data: unknown, mode: MergeMode = 'merge'): Glossary {
  const custom = validateEntries(data);
  const customIds = new Set(custom.entries.map((e) => e.id));
  const entries =
    mode === 'replace' ? custom.entries : [...base.entries.filter((e) => !customIds.has(e.id)), ...custom.entries];
  return new Glossary(entries, [...custom.issues, ...checkReferences(entries)]);
}
