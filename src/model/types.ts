/**
 * The glossary data format. `glossary/glossary.schema.json` describes the same shape for editors and
 * other tools; `validate.ts` checks it at run time with messages that name the entry and the field.
 */

/** An ISO 8601 calendar date, complete (`2022-07-01`) or partial where only the month or year is known. */
export type IsoDate = string;

export const CATEGORIES = [
  'organisation',
  'partnership',
  'plan',
  'policy',
  'law',
  'funding',
  'contract',
  'care setting',
  'concept',
  'role',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['current', 'abolished', 'superseded', 'proposed', 'informal'] as const;
export type Status = (typeof STATUSES)[number];

/** A seed document shipped with the project, cited by its file name. */
export interface SeedSource {
  seed: string;
}

/** A public document. */
export interface DocumentSource {
  title: string;
  publisher: string;
  /** Publication date, where known. */
  date?: IsoDate;
  url: string;
}

export type Source = SeedSource | DocumentSource;

/** A dated fact in an entry's history: how many existed, or what changed, on that date. */
export interface TimelineEvent {
  date: IsoDate;
  /** One line, readable on its own: "42 statutory ICSs cover England". */
  text: string;
}

/** The statuses a sense can have while it is in use; abolished and superseded come only after `validTo`. */
export const IN_USE_STATUSES = ['current', 'proposed', 'informal'] as const;
export type InUseStatus = (typeof IN_USE_STATUSES)[number];

/** The definition as it stood before a date, for pages dated earlier than that. */
export interface EarlierDefinition {
  /** The first day on which this wording no longer applied. */
  until: IsoDate;
  definition: string;
  /** The status while this wording applied, when it differs from the entry's (an ICB was "proposed" in 2021). */
  status?: InUseStatus;
}

export interface Entry {
  /** Stable, lower-case, hyphenated: used in URLs (`#icb`) and in `<ics-term term="icb">`. */
  id: string;
  /** The term as written. Entries that share it are senses of one term (ICP, STP). */
  term: string;
  /** What an acronym stands for. */
  expansion?: string;
  /**
   * Plain English, our own words, at most 60 words: the meaning today. For an abolished or superseded
   * sense, the wording for after `validTo`; `earlier` holds the wordings for while it was in use.
   */
  definition: string;
  /** Other written forms (the expansion need not be repeated). Plurals and possessives are derived. */
  aliases?: string[];
  category: Category;
  status: Status;
  /** When the sense came into use or force. */
  validFrom?: IsoDate;
  /** The last day the sense applied: required for abolished or superseded senses. */
  validTo?: IsoDate;
  /** The id of what replaced it. */
  supersededBy?: string;
  /** Dated facts, oldest first. */
  timeline?: TimelineEvent[];
  /** Earlier wordings of the definition, oldest first; see glossary/CONTENT.md. */
  earlier?: EarlierDefinition[];
  /** When the entry was last checked against its sources. */
  reviewed?: IsoDate;
  related?: string[];
  sources: Source[];
  /**
   * False for everyday words ("place", "system") that would be noise if tagged in running text;
   * `<ics-term>` still finds them when an author asks.
   */
  autotag?: boolean;
}

export interface GlossaryData {
  $schema?: string;
  /** Version of the data, for caches and diffing. */
  version?: string;
  entries: Entry[];
}
