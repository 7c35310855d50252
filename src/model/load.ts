/**
 * The one way to build a glossary: every entry is checked here, the bundled ones included, so nothing
 * downstream checks again. An entry that fails is skipped and listed in `issues`.
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
 * Combines `base` with a site's own glossary, or raw data that is checked first. In `merge` mode an
 * entry with a known id replaces the base's and new ids are added; in `replace` mode only the site's
 * entries remain.
 */
export function mergeGlossary(base: Glossary, custom: Glossary | unknown, mode: MergeMode = 'merge'): Glossary {
  // Raw data is only checked: its words are indexed once, with the base's.
  const site = custom instanceof Glossary ? custom : validateEntries(custom);
  const siteIds = new Set(site.entries.map((e) => e.id));
  const entries =
    mode === 'replace' ? site.entries : [...base.entries.filter((e) => !siteIds.has(e.id)), ...site.entries];
  const entryIssues = site.issues.filter((issue) => issue.index !== undefined || issue.id === undefined);
  return new Glossary(entries, [...entryIssues, ...checkReferences(entries)]);
}
