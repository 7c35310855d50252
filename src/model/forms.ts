/**
 * Written forms of a term: the spellings a reader meets in running text (plurals, possessives, curly
 * apostrophes). Shared by the lookup and the text matcher so both accept exactly the same words.
 */
import type { Entry } from './types.js';

/**
 * Acronyms ("ICB", "NHSE/I", "10YHP") and their inflections ("ICBs", "ICB's") match case-sensitively;
 * anything else with a lower-case letter does not.
 */
export function isCaseSensitive(form: string): boolean {
  const core = form.replace(/(?:['\u2019]s|s['\u2019]?|['\u2019])$/, '');
  return /[A-Z]/.test(core) && !/[a-z]/.test(core);
}

/** Folds the apostrophes, dashes and white space that vary between publishers. */
export function normaliseSpacing(text: string): string {
  // Most text has nothing to fold, and one test is many times quicker than four passes that change nothing.
  if (!/[\u2018\u2019\u02bc\u2010\u2011\u00ad]|[^\S ]| {2}|^ | $/.test(text)) return text;
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011\u00ad]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The key a written form is filed under: exact for acronyms; for phrases lower-cased, with hyphens
 * read as spaces ("long-term plan" and "long term plan" are one phrase).
 */
export function formKey(form: string): string {
  const spaced = normaliseSpacing(form);
  return isCaseSensitive(spaced) ? spaced : spaced.toLowerCase().replace(/\s*-\s*/g, ' ');
}

function pluralOf(form: string): string {
  if (isCaseSensitive(form)) return `${form}s`;
  if (/[^aeiou]y$/i.test(form)) return `${form.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(form)) return `${form}es`;
  return `${form}s`;
}

/** A form with its plural and possessives: ICB, ICBs, ICB's, ICBs'. */
export function inflections(form: string): string[] {
  const base = normaliseSpacing(form);
  // A form that already ends in a digit or an Act's year is a proper name with no plural.
  if (/\d$/.test(base)) return [base, `${base}'s`];
  const plural = pluralOf(base);
  return [base, plural, `${base}'s`, `${plural}'`];
}

/** The forms an entry is written in, before inflection: the term, its expansion and its aliases. */
export function baseForms(entry: Pick<Entry, 'term' | 'expansion' | 'aliases'>): string[] {
  const forms = [entry.term, entry.expansion, ...(entry.aliases ?? [])].filter(
    (f): f is string => typeof f === 'string' && f.trim() !== '',
  );
  return [...new Set(forms.map(normaliseSpacing))];
}

/** Every written form of an entry, inflected, without repeats. */
export function writtenForms(entry: Pick<Entry, 'term' | 'expansion' | 'aliases'>): string[] {
  return [...new Set(baseForms(entry).flatMap(inflections))];
}
