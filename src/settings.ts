/**
 * Page-wide settings: what a CMS plugin sets once instead of on every element. Read lazily from
 * `<meta>` tags (so a plain HTML page needs no script of its own) and overridable with `configure()`.
 */
import { changes, type Changes } from './changes.js';
import { parseAsOf } from './model/dates.js';

/** The user-facing strings, replaceable for sites in other languages. */
export interface Strings {
  moreInGlossary: string;
  /** `{term}` is replaced by the written term. */
  canMean: string;
  alsoMeans: string;
  source: string;
  statusCurrent: string;
  statusAbolished: string;
  statusSuperseded: string;
  statusProposed: string;
  statusInformal: string;
  /** The status of a sense that had not come into use by the page's date. */
  statusNotYet: string;
  since: string;
  replacedBy: string;
  /** The change note of a sense not yet in use: `{date}` is when it came into use. */
  inUseFrom: string;
  /** The change note when the status changed after the page's date: "Abolished from 1 July 2022". */
  statusFrom: string;
  /** As `statusFrom`, for a sense that something else replaced: `{successor}` is its term. */
  statusFromReplaced: string;
  /** The change note's latest fact: `{date}` and `{text}` are the event's. */
  sinceThen: string;
  /**
   * Month names, January to December, separated by commas, for a language the browser's
   * `Intl.DateTimeFormat` does not know; empty to let `Intl` name them in the page's `lang`.
   */
  months: string;
  /** With `months`: how a full date reads, from `{day}`, `{month}` and `{year}`. */
  dateDay: string;
  /** With `months`: how a month reads, from `{month}` and `{year}`. */
  dateMonth: string;
  categoryOrganisation: string;
  categoryPartnership: string;
  categoryPlan: string;
  categoryPolicy: string;
  categoryLaw: string;
  categoryFunding: string;
  categoryContract: string;
  categoryCareSetting: string;
  categoryConcept: string;
  categoryRole: string;
  asOf: string;
  searchTerms: string;
  noTermsMatch: string;
  /** Names the glossary page's landmark. */
  glossary: string;
  /** Names the A–Z navigation. */
  lettersLabel: string;
  /** The label of the block of terms that start with a digit. */
  otherInitial: string;
  category: string;
  allCategories: string;
  /** `{shown}` and `{total}` are replaced by numbers. */
  termsShown: string;
  alsoWritten: string;
  history: string;
  related: string;
  sources: string;
}

export const DEFAULT_STRINGS: Strings = {
  moreInGlossary: 'More in the glossary',
  canMean: '{term} can mean:',
  alsoMeans: 'Also used for',
  source: 'Source',
  statusCurrent: 'Current',
  statusAbolished: 'Abolished',
  statusSuperseded: 'Superseded',
  statusProposed: 'Proposed',
  statusInformal: 'Informal term',
  statusNotYet: 'Not yet in use',
  since: 'since',
  replacedBy: 'replaced by',
  inUseFrom: 'In use from {date}.',
  statusFrom: '{status} from {date}.',
  statusFromReplaced: '{status} from {date}, replaced by {successor}.',
  sinceThen: 'Since then ({date}): {text}',
  months: '',
  dateDay: '{day} {month} {year}',
  dateMonth: '{month} {year}',
  categoryOrganisation: 'Organisation',
  categoryPartnership: 'Partnership',
  categoryPlan: 'Plan',
  categoryPolicy: 'Policy',
  categoryLaw: 'Law',
  categoryFunding: 'Funding',
  categoryContract: 'Contract',
  categoryCareSetting: 'Care setting',
  categoryConcept: 'Concept',
  categoryRole: 'Role',
  asOf: 'As of',
  searchTerms: 'Search terms',
  noTermsMatch: 'No terms match',
  glossary: 'Glossary',
  lettersLabel: 'Terms from A to Z',
  otherInitial: '0–9',
  category: 'Category',
  allCategories: 'All categories',
  termsShown: '{shown} of {total} terms',
  alsoWritten: 'Also written',
  history: 'History',
  related: 'Related terms',
  sources: 'Sources',
};

export interface Settings {
  /** Where "More in the glossary" points: `/glossary#{id}`, or a page URL to which `#id` is added. */
  glossaryHref?: string;
  /** The date the page speaks of (ISO); terms are explained as they stood then. */
  asOf?: string;
  /** Milliseconds the pointer rests on a term before its tooltip opens. */
  hoverDelay: number;
  /** Milliseconds a tooltip waits after the pointer leaves, so the pointer can reach it. */
  closeDelay: number;
  strings: Strings;
}

let overrides: Partial<Omit<Settings, 'strings'>> & { strings?: Partial<Strings> } = {};
/** Made anew only by `configure()`, so that text built from the strings can be kept while they stand. */
let strings: Strings = { ...DEFAULT_STRINGS };

function meta(selector: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[${selector}]`)?.content || undefined;
}

/**
 * Read once per burst of work: a page of 2,000 terms upgrading together reads the meta tags once,
 * and a tag added by the page's next script is still seen.
 */
let current: Settings | undefined;

/** The settings in force: `configure()` first, then the page's meta tags, then defaults. */
export function settings(): Settings {
  if (!current) {
    current = {
      hoverDelay: 200,
      closeDelay: 300,
      ...overrides,
      glossaryHref: overrides.glossaryHref ?? meta('name="ics-glossary-href"'),
      asOf:
        parseAsOf(overrides.asOf) ??
        parseAsOf(meta('name="ics-glossary-as-of"')) ??
        parseAsOf(meta('property="article:published_time"')),
      strings,
    };
    queueMicrotask(() => (current = undefined));
  }
  return current;
}

/**
 * Sets page-wide options. Elements already on the page re-render with them.
 * @example configure({ glossaryHref: '/glossary#{id}', strings: { moreInGlossary: 'Mehr im Glossar' } })
 */
export function configure(options: Partial<Omit<Settings, 'strings'>> & { strings?: Partial<Strings> }): void {
  overrides = { ...overrides, ...options, strings: { ...overrides.strings, ...options.strings } };
  strings = { ...DEFAULT_STRINGS, ...overrides.strings };
  current = undefined;
  settingsChanges.notify();
}

const settingsChanges = changes();

/** Calls `listener` whenever `configure()` runs, until the signal aborts, if one is given. */
export const onSettingsChange: Changes['subscribe'] = settingsChanges.subscribe;

/** Fills `{id}` into a glossary URL, or adds a fragment when the URL has no placeholder. */
export function glossaryLink(template: string, id: string): string {
  const encoded = encodeURIComponent(id);
  return template.includes('{id}') ? template.replaceAll('{id}', encoded) : `${template.split('#')[0]}#${encoded}`;
}
