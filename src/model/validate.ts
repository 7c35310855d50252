/**
 * Run-time checks of glossary data from any source (the bundled file, a site's JSON, a CMS setting).
 * An invalid entry is skipped and reported with its index, id and field; the valid ones are kept, so
 * one typo in a custom glossary never blanks a page.
 */
import { dayAfter, endOf, isIsoDate, startOf } from './dates.js';
import { isSafeUrl } from './url.js';
import { CATEGORIES, IN_USE_STATUSES, STATUSES, type Entry } from './types.js';

export interface GlossaryIssue {
  /** Position of the entry in the data it came from; absent for the data as a whole or a link between entries. */
  index?: number;
  id?: string;
  field: string;
  message: string;
}

export function describeIssue(issue: GlossaryIssue): string {
  const named = issue.id ? ` ("${issue.id}")` : '';
  const where =
    issue.index !== undefined ? `glossary entry ${issue.index}${named}` : issue.id ? `glossary entry${named}` : 'glossary';
  return `${where}: field "${issue.field}" ${issue.message}`;
}

export interface Validated {
  entries: Entry[];
  issues: GlossaryIssue[];
}

export const MAX_DEFINITION_WORDS = 60;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

type Check = (value: unknown) => string | undefined;

const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'must be a non-empty string');
const optionalText: Check = (v) => (v === undefined ? undefined : text(v));
const definition: Check = (v) =>
  text(v) ??
  (wordCount(v as string) > MAX_DEFINITION_WORDS ? `has more than ${MAX_DEFINITION_WORDS} words` : undefined);
const date: Check = (v) => (v === undefined || isIsoDate(v) ? undefined : 'must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)');
const requiredDate: Check = (v) => (v === undefined ? 'is required' : date(v));
const oneOf =
  (allowed: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && allowed.includes(v) ? undefined : `must be one of: ${allowed.join(', ')}`;
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? undefined : check(v);
const listOf =
  (item: Check): Check =>
  (v) => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return 'must be an array';
    const bad = v.findIndex((x) => item(x) !== undefined);
    return bad < 0 ? undefined : `item ${bad} ${item(v[bad])}`;
  };
const record =
  (fields: Record<string, Check>): Check =>
  (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'must be an object';
    for (const [name, check] of Object.entries(fields)) {
      const problem = check((v as Record<string, unknown>)[name]);
      if (problem) return `.${name} ${problem}`;
    }
    return undefined;
  };
const url: Check = (v) => text(v) ?? (isSafeUrl(v as string) ? undefined : 'must be an http(s) or relative URL');
const source: Check = (v) =>
  typeof v === 'object' && v !== null && 'seed' in v
    ? record({ seed: text })(v)
    : record({ title: text, publisher: text, date, url })(v);

const ENTRY_FIELDS: Record<string, Check> = {
  id: (v) => text(v) ?? (ID.test(v as string) ? undefined : 'must be lower-case words joined by hyphens'),
  term: text,
  expansion: optionalText,
  definition,
  aliases: listOf(text),
  category: oneOf(CATEGORIES),
  status: oneOf(STATUSES),
  validFrom: date,
  validTo: date,
  supersededBy: optionalText,
  timeline: listOf(record({ date: requiredDate, text })),
  earlier: listOf(record({ until: requiredDate, definition, status: optional(oneOf(IN_USE_STATUSES)) })),
  related: listOf(text),
  sources: (v) =>
    Array.isArray(v) && v.length === 0 ? 'must name at least one source' : (listOf(source)(v) ?? (v === undefined ? 'is required' : undefined)),
  autotag: (v) => (v === undefined || typeof v === 'boolean' ? undefined : 'must be true or false'),
  reviewed: date,
};

/**
 * The order and dates the model relies on to say what an entry meant on a given day: each check names
 * the field to mend. Runs once the fields themselves are known to be well formed.
 */
function checkTimes(entry: Entry): Pick<GlossaryIssue, 'field' | 'message'> | undefined {
  const { validFrom, validTo, status } = entry;
  if (validFrom && validTo && startOf(validFrom) > endOf(validTo)) return { field: 'validTo', message: 'is before validFrom' };
  const ended = status === 'abolished' || status === 'superseded';
  if (ended && !validTo) return { field: 'validTo', message: `is required when status is "${status}": the last day the sense applied` };
  if (!ended && validTo) return { field: 'status', message: 'must be "abolished" or "superseded" when validTo is given' };
  if (entry.supersededBy && !ended) return { field: 'supersededBy', message: 'needs status "superseded" or "abolished"' };
  const earlier = entry.earlier ?? [];
  for (const [i, wording] of earlier.entries()) {
    const until = startOf(wording.until);
    if (i > 0 && until <= startOf(earlier[i - 1]!.until)) {
      return { field: `earlier[${i}].until`, message: 'must be after the previous wording\'s until (oldest first)' };
    }
    if (validFrom && until <= startOf(validFrom)) return { field: `earlier[${i}].until`, message: 'must be after validFrom' };
    if (validTo && until > dayAfter(endOf(validTo))) {
      return { field: `earlier[${i}].until`, message: 'must be no later than the day after validTo' };
    }
  }
  const timeline = entry.timeline ?? [];
  for (let i = 1; i < timeline.length; i++) {
    if (startOf(timeline[i]!.date) < startOf(timeline[i - 1]!.date)) {
      return { field: `timeline[${i}].date`, message: 'is before the previous event (events go oldest first)' };
    }
  }
  return undefined;
}

function checkEntry(raw: unknown, index: number): GlossaryIssue | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { index, field: '(entry)', message: 'must be an object' };
  }
  const entry = raw as Record<string, unknown>;
  const id = typeof entry.id === 'string' ? entry.id : undefined;
  for (const name of Object.keys(entry)) {
    if (!(name in ENTRY_FIELDS)) return { index, id, field: name, message: 'is not a known field' };
  }
  for (const [field, check] of Object.entries(ENTRY_FIELDS)) {
    const message = check(entry[field]);
    if (message) return { index, id, field, message };
  }
  const problem = checkTimes(raw as Entry);
  return problem && { index, id, ...problem };
}

/** Checks each entry on its own; see `checkReferences` for what needs the whole set. */
export function validateEntries(data: unknown): Validated {
  const list = Array.isArray(data) ? data : (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) {
    return { entries: [], issues: [{ field: 'entries', message: 'must be an array of entries' }] };
  }
  const entries: Entry[] = [];
  const issues: GlossaryIssue[] = [];
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    const issue = checkEntry(raw, index);
    if (issue) return void issues.push(issue);
    const entry = raw as Entry;
    if (seen.has(entry.id)) {
      return void issues.push({ index, id: entry.id, field: 'id', message: 'repeats an earlier entry' });
    }
    seen.add(entry.id);
    entries.push(entry);
  });
  return { entries, issues };
}

/** Links to ids that are not there. The entries stay; a renderer simply leaves such links out. */
export function checkReferences(entries: readonly Entry[]): GlossaryIssue[] {
  const ids = new Set(entries.map((e) => e.id));
  return entries.flatMap((entry) => {
    const targets: Array<[string, string]> = [
      ...(entry.related ?? []).map((id): [string, string] => ['related', id]),
      ...(entry.supersededBy ? [['supersededBy', entry.supersededBy] as [string, string]] : []),
    ];
    return targets
      .filter(([, id]) => !ids.has(id))
      .map(([field, id]) => ({ id: entry.id, field, message: `names "${id}", which is not in the glossary` }));
  });
}

