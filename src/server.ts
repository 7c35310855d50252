/**
 * `ics-glossary/server`: tagging for Node, with no DOM and no elements, for server rendering, static
 * site builds and the command line. It tags exactly as `autotag` does in the browser.
 */
export { tagHtml } from './tag/html.js';
export type { TagOptions } from './tag/session.js';
export type { HtmlTagOptions } from './tag/options.js';
export { ALWAYS_SKIPPED, DEFAULT_EXCLUDE } from './tag/exclude.js';
export { compileMatcher, type Match, type Matcher, type MatcherOptions } from './match/matcher.js';
export { bundledGlossary } from './bundled.js';
export type { Glossary } from './model/glossary.js';
export { loadGlossary, mergeGlossary, type MergeMode } from './model/load.js';
export { describeIssue, type GlossaryIssue } from './model/validate.js';
