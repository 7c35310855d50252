/**
 * `ics-glossary`: the classes and functions, defining nothing, so a bundler keeps only what is used
 * (`autotag` alone brings no element). `import 'ics-glossary/define'` defines every element;
 * `ics-glossary/elements/<tag>/define` one of them.
 */
export { bundledGlossary } from './bundled.js';
export { loadGlossary, mergeGlossary, type MergeMode } from './model/load.js';
export type { Glossary, LookupRequest, Resolution } from './model/glossary.js';
export type { LaterFacts, SenseFacts, StatusOnDate } from './model/as-of.js';
export { describeIssue, type GlossaryIssue } from './model/validate.js';
export {
  CATEGORIES,
  STATUSES,
  type Category,
  type DocumentSource,
  type EarlierDefinition,
  type Entry,
  type GlossaryData,
  type IsoDate,
  type SeedSource,
  type Source,
  type Status,
  type TimelineEvent,
} from './model/types.js';
export { changeNote, formatDate, phrasingFor, statusLine, type Phrasing } from './present.js';
export { glossaryContext } from './context.js';
export { configure, DEFAULT_STRINGS, type Settings, type Strings } from './settings.js';
export { VERSION } from './version.js';
export { compileMatcher, type Match, type Matcher, type MatcherOptions } from './match/matcher.js';
export { autotag, type AutotagHandle, type AutotagOptions, type AutotagRoot } from './tag/dom.js';
export { ALWAYS_SKIPPED, DEFAULT_EXCLUDE } from './tag/exclude.js';
export type { TagOptions } from './tag/session.js';
export type { GlossaryErrorDetail, GlossaryLoadDetail } from './elements/provider/ics-glossary-provider.js';
export { IcsTerm } from './elements/term/ics-term.js';
export { IcsAutotag } from './elements/autotag/ics-autotag.js';
export { IcsGlossary } from './elements/glossary/ics-glossary.js';
export { IcsGlossaryProvider } from './elements/provider/ics-glossary-provider.js';

