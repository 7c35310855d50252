/**
 * Checks the arguments of `tagHtml` as the command line checks its flags, so that a mistake is
 * reported by name instead of tagging with a default the caller did not mean.
 */
import { parseAsOf } from '../model/dates.js';
import { Glossary } from '../model/glossary.js';
import { bundledGlossary } from '../bundled.js';
import { compileSelector } from './selector.js';
import type { TagOptions } from './session.js';

/** `tagHtml`'s options: the taggers' own, and what only a server can do. */
export interface HtmlTagOptions extends TagOptions {
  /**
   * Writes the glossary entries the page's terms use into the page, in one inert
   * `<script type="application/json" data-ics-glossary>` block after its last taggable text, for the
   * data-less build (`ics-glossary-no-data.js`), which ships no glossary of its own.
   */
  embedGlossary?: boolean;
}

const OPTIONS = ['glossary', 'terms', 'firstOnly', 'exclude', 'asOf', 'embedGlossary'] as const satisfies ReadonlyArray<
  keyof HtmlTagOptions
>;

/** A value as an error message shows it: short, and never the whole of a long string. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** Throws a TypeError or RangeError naming the argument at fault, if any is, or a SyntaxError for `exclude`. */
export function checkTagOptions(source: unknown, options: unknown): void {
  if (typeof source !== 'string') throw new TypeError(`tagHtml: the HTML must be a string, not ${shown(source)}`);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`tagHtml: the options must be an object, not ${shown(options)}`);
  }
  const unknown = Object.keys(options).filter((name) => !(OPTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new TypeError(`tagHtml: unknown option "${unknown.join('", "')}"; the options are ${OPTIONS.join(', ')}`);
  }
  const { glossary, terms, firstOnly, exclude, asOf, embedGlossary } = options as Record<string, unknown>;
  if (glossary !== undefined && !(glossary instanceof Glossary)) {
    throw new TypeError(`tagHtml: options.glossary must be a Glossary (from loadGlossary or mergeGlossary), not ${shown(glossary)}`);
  }
  if (terms !== undefined) {
    if (!Array.isArray(terms) || !terms.every((id) => typeof id === 'string')) {
      throw new TypeError(`tagHtml: options.terms must be a list of entry ids, not ${shown(terms)}`);
    }
    const missing = terms.filter((id) => !((glossary as Glossary | undefined) ?? bundledGlossary).byId(id));
    if (missing.length > 0) throw new RangeError(`tagHtml: options.terms names no glossary entry "${missing.join('", "')}"`);
  }
  for (const [name, value] of Object.entries({ firstOnly, embedGlossary })) {
    if (value !== undefined && typeof value !== 'boolean') {
      throw new TypeError(`tagHtml: options.${name} must be true or false, not ${shown(value)}`);
    }
  }
  if (exclude !== undefined && typeof exclude !== 'string') {
    throw new TypeError(`tagHtml: options.exclude must be a CSS selector as a string, not ${shown(exclude)}`);
  }
  // On its own, so that a SyntaxError names this selector, not the list it joins.
  if (exclude?.trim()) compileSelector(exclude);
  if (asOf !== undefined) {
    if (typeof asOf !== 'string') throw new TypeError(`tagHtml: options.asOf must be a date as a string, not ${shown(asOf)}`);
    if (!parseAsOf(asOf)) throw new RangeError(`tagHtml: options.asOf ${shown(asOf)} is not a date (YYYY-MM-DD)`);
  }
}
