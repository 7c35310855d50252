/**
 * The one place that turns the model's facts into words: status lines, change notes, dates and
 * category labels, through `Strings` and `Intl.DateTimeFormat` in the reader's language. The tooltip,
 * the glossary page and the accessible description all read from here, so a screen reader hears what
 * a sighted reader sees, and a translated page has no English left in them. No DOM.
 */
import type { SenseFacts, StatusOnDate } from './model/as-of.js';
import type { Resolution } from './model/glossary.js';
import type { Category, Entry, IsoDate } from './model/types.js';
import type { Strings } from './settings.js';

/** How a reader's words are made: the strings in force and the page's language. */
export interface Phrasing {
  strings: Strings;
  /** A BCP 47 language tag, as in the page's `lang`. */
  lang: string;
}

const phrasingByStrings = new WeakMap<Strings, Map<string, Phrasing>>();

/**
 * One `Phrasing` per strings and language, so that text built from them can be remembered by identity:
 * `configure()` makes new strings, and the text is built anew.
 */
export function phrasingFor(strings: Strings, lang: string): Phrasing {
  let byLang = phrasingByStrings.get(strings);
  if (!byLang) phrasingByStrings.set(strings, (byLang = new Map()));
  let phrasing = byLang.get(lang);
  if (!phrasing) byLang.set(lang, (phrasing = { strings, lang }));
  return phrasing;
}

const STATUS_STRING: Record<StatusOnDate, keyof Strings> = {
  current: 'statusCurrent',
  abolished: 'statusAbolished',
  superseded: 'statusSuperseded',
  proposed: 'statusProposed',
  informal: 'statusInformal',
  'not-yet': 'statusNotYet',
};

const CATEGORY_STRING: Record<Category, keyof Strings> = {
  organisation: 'categoryOrganisation',
  partnership: 'categoryPartnership',
  plan: 'categoryPlan',
  policy: 'categoryPolicy',
  law: 'categoryLaw',
  funding: 'categoryFunding',
  contract: 'categoryContract',
  'care setting': 'categoryCareSetting',
  concept: 'categoryConcept',
  role: 'categoryRole',
};

const PRECISION: Intl.DateTimeFormatOptions[] = [
  { year: 'numeric', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
];
const formats = new Map<string, Intl.DateTimeFormat>();

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/**
 * The locale dates are written in: the page's, where the browser knows it; British English for a page
 * that says only "en" (the glossary is about England) or a language the browser cannot write.
 */
function locale(lang: string): string {
  try {
    if (lang && !/^en$/i.test(lang) && Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0) return lang;
  } catch {
    // Not a language tag at all.
  }
  return 'en-GB';
}

function intlFormat(lang: string, precision: number): Intl.DateTimeFormat {
  const key = `${lang}\u0000${precision}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale(lang), PRECISION[precision - 1])));
  return format;
}

/**
 * The pages the glossary is mostly for, whose dates are written here as `Intl` writes them in en-GB: a
 * page's first `Intl` format costs tens of milliseconds while the browser loads its locale data, and
 * every term's accessible description has a date in it.
 */
const BRITISH = /^(en(-gb)?)?$/i;
const BRITISH_MONTHS = 'January,February,March,April,May,June,July,August,September,October,November,December';

/** "1 July 2022", "February 2018" or "2016", in the page's language: as precise as the data is. */
export function formatDate(date: IsoDate, { strings, lang }: Phrasing): string {
  const parts = date.split('-');
  const [y, m = 1, d = 1] = parts.map(Number);
  const british = BRITISH.test(lang);
  const months = (strings.months || (british ? BRITISH_MONTHS : '')).split(',').map((name) => name.trim());
  if (months.length === 12 && parts.length > 1) {
    const values = { day: String(d), month: months[m - 1]!, year: String(y) };
    return fill(parts.length === 3 ? strings.dateDay : strings.dateMonth, values);
  }
  // A year alone is written the same in en-GB; a site's own month names that are not twelve fall to Intl.
  return british && parts.length === 1 ? String(y) : intlFormat(lang, parts.length).format(new Date(Date.UTC(y!, m - 1, d)));
}

function statusWord(status: StatusOnDate, strings: Strings): string {
  return strings[STATUS_STRING[status]];
}

/** "Organisation", "Care setting". */
export function categoryLabel(category: Category, strings: Strings): string {
  return strings[CATEGORY_STRING[category]];
}

/** "Abolished · 1 April 2013 – 30 June 2022 · replaced by ICB", "Current · since 1 July 2022". */
export function statusLine(facts: SenseFacts, phrasing: Phrasing): string {
  const { strings } = phrasing;
  const parts = [statusWord(facts.status, strings)];
  if (facts.until) {
    const to = formatDate(facts.until, phrasing);
    parts.push(facts.since ? `${formatDate(facts.since, phrasing)} – ${to}` : to);
  } else if (facts.since && facts.status !== 'not-yet') {
    parts.push(`${strings.since} ${formatDate(facts.since, phrasing)}`);
  }
  if (facts.successor) parts.push(`${strings.replacedBy} ${facts.successor.term}`);
  return parts.join(' · ');
}

/**
 * What has changed since the page's date, the one line that may name later dates: the next change of
 * status and the fact that best explains it (the one that came with the next wording, else the latest).
 */
export function changeNote(facts: SenseFacts, phrasing: Phrasing): string | undefined {
  const { strings } = phrasing;
  const { status, events, turningPoint } = facts.later;
  const parts: string[] = [];
  if (status) {
    const date = formatDate(status.from, phrasing);
    if (facts.status === 'not-yet') {
      parts.push(fill(strings.inUseFrom, { date }));
    } else {
      const values = { status: statusWord(status.status, strings), date, successor: status.successor?.term ?? '' };
      parts.push(fill(status.successor ? strings.statusFromReplaced : strings.statusFrom, values));
    }
  }
  const event = turningPoint ?? events.at(-1);
  if (event && facts.status !== 'not-yet') {
    parts.push(fill(strings.sinceThen, { date: formatDate(event.date, phrasing), text: event.text }));
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The first sentence, for the short list of senses of an ambiguous term. */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text);
  return m ? m[0] : text;
}

/** "ICB, integrated care board": how a link to a sense that shares its letters names it. */
export function heading(entry: Entry): string {
  return entry.expansion ? `${entry.term}, ${entry.expansion}` : entry.term;
}

/** How the short list of senses names one: its expansion, or its term. */
export const senseName = (entry: Entry): string => entry.expansion ?? entry.term;

function describeSense(facts: SenseFacts, phrasing: Phrasing): string {
  return [facts.entry.expansion, facts.definition, statusLine(facts, phrasing), changeNote(facts, phrasing)]
    .filter(Boolean)
    .join('. ')
    .replace(/\.\./g, '.');
}

/** The accessible description of a term: everything the tooltip says, as one string. */
export function describeResolution(resolution: Resolution, written: string, phrasing: Phrasing): string {
  if (resolution.kind === 'found') return describeSense(resolution.sense, phrasing);
  if (resolution.kind === 'ambiguous') {
    const list = resolution.senses.map((s) => `${senseName(s.entry)}: ${firstSentence(s.definition ?? '')}`);
    return `${fill(phrasing.strings.canMean, { term: written })} ${list.join(' ')}`;
  }
  return '';
}
