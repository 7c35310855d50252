/**
 * The glossary model: every lookup the elements and taggers make goes through here. No DOM, so the
 * same answers come out in Node (server tagging, tests) and in the browser.
 */
import { endOf, formatDate, startOf, today } from './dates.js';
import { formKey, writtenForms } from './forms.js';
import type { Entry, TimelineEvent } from './types.js';
import type { GlossaryIssue } from './validate.js';

/** One sense of a term as it stood on a date. */
export interface SenseAtDate {
  entry: Entry;
  /** The definition in force on the date. */
  definition: string;
  /** Whether the sense existed on the date. */
  inForce: boolean;
  /** One line on what has changed since the date, when the date is in the past and something has. */
  changeNote?: string;
  /** The dated facts after the date, oldest first. */
  laterEvents: TimelineEvent[];
}

export type Resolution =
  | { kind: 'unknown' }
  | { kind: 'found'; sense: SenseAtDate; otherSenses: Entry[] }
  | { kind: 'ambiguous'; senses: SenseAtDate[] };

export interface ResolveRequest {
  /** An entry id, when the author named one: it settles which sense is meant. */
  id?: string | null;
  /** The written term, as it appears on the page. */
  text?: string | null;
  /** ISO date the page speaks of; defaults to today. */
  asOf?: string | null;
}

export class Glossary {
  readonly entries: readonly Entry[];
  /** Problems found while loading; the entries they concern were skipped or their links ignored. */
  readonly issues: readonly GlossaryIssue[];
  private readonly ids = new Map<string, Entry>();
  private readonly forms = new Map<string, Entry[]>();
  /** A page repeats the same few terms: each (id, text, date) is resolved once. */
  private readonly resolved = new Map<string, Resolution>();

  constructor(entries: readonly Entry[], issues: readonly GlossaryIssue[] = []) {
    this.entries = entries;
    this.issues = issues;
    for (const entry of entries) {
      this.ids.set(entry.id, entry);
      for (const form of writtenForms(entry)) {
        const key = formKey(form);
        const senses = this.forms.get(key) ?? [];
        if (!senses.includes(entry)) senses.push(entry);
        this.forms.set(key, senses);
      }
    }
  }

  byId(id: string): Entry | undefined {
    return this.ids.get(id);
  }

  /** Every sense of a written term, in glossary order: "ICP" gives both partnership and provider. */
  senses(written: string): Entry[] {
    const exact = this.forms.get(formKey(written));
    if (exact) return [...exact];
    // "Integrated Care Boards" at the start of a headline still means the phrase.
    return [...(this.forms.get(formKey(written).toLowerCase()) ?? [])];
  }

  /** The distinct written forms the glossary knows, for the text matcher. */
  formIndex(): ReadonlyMap<string, readonly Entry[]> {
    return this.forms;
  }

  resolve({ id, text, asOf }: ResolveRequest): Resolution {
    const date = asOf || today();
    const key = `${id ?? ''}\u0000${text ?? ''}\u0000${date}`;
    let resolution = this.resolved.get(key);
    if (!resolution) this.resolved.set(key, (resolution = this.resolveAt(id, text ?? '', date)));
    return resolution;
  }

  private resolveAt(id: string | null | undefined, text: string, date: string): Resolution {
    const named = id ? this.byId(id) : undefined;
    const candidates = named ? [named] : id ? [] : this.senses(text);
    if (candidates.length === 0) return { kind: 'unknown' };
    if (candidates.length === 1) return { kind: 'found', sense: senseAt(candidates[0]!, date), otherSenses: [] };
    const inForce = candidates.filter((e) => isInForce(e, date));
    if (inForce.length === 1) {
      return {
        kind: 'found',
        sense: senseAt(inForce[0]!, date),
        otherSenses: candidates.filter((e) => e !== inForce[0]),
      };
    }
    const shown = inForce.length > 0 ? inForce : candidates;
    return { kind: 'ambiguous', senses: shown.map((e) => senseAt(e, date)) };
  }
}

export function isInForce(entry: Entry, date: string): boolean {
  return (
    (!entry.validFrom || startOf(entry.validFrom) <= date) && (!entry.validTo || endOf(entry.validTo) >= date)
  );
}

/** The wording in force on the date, and when the wording in force today took over from it. */
function definitionAt(entry: Entry, date: string): { definition: string; changedOn?: string } {
  const later = (entry.earlier ?? []).filter((e) => date < startOf(e.until));
  if (later.length === 0) return { definition: entry.definition };
  return { definition: later[0]!.definition, changedOn: later.at(-1)!.until };
}

function changeNote(entry: Entry, date: string, changedOn: string | undefined, later: TimelineEvent[]): string | undefined {
  if (entry.validFrom && date < startOf(entry.validFrom)) {
    return `Not yet in use on ${formatDate(date)}: from ${formatDate(entry.validFrom)}.`;
  }
  if (entry.validTo && endOf(entry.validTo) >= date && endOf(entry.validTo) < today()) {
    const verb = entry.status === 'abolished' ? 'Abolished' : 'No longer in use';
    return `${verb} after ${formatDate(entry.validTo)}.`;
  }
  const changed = changedOn ? later.find((e) => startOf(e.date) >= startOf(changedOn)) : undefined;
  if (changed) return `Since ${formatDate(changed.date)}: ${changed.text}`;
  if (changedOn) return `The meaning changed on ${formatDate(changedOn)}.`;
  const latest = later.at(-1);
  return latest ? `Since then (${formatDate(latest.date)}): ${latest.text}` : undefined;
}

export function senseAt(entry: Entry, date: string): SenseAtDate {
  const { definition, changedOn } = definitionAt(entry, date);
  const laterEvents = (entry.timeline ?? []).filter((e) => startOf(e.date) > date && startOf(e.date) <= today());
  return {
    entry,
    definition,
    inForce: isInForce(entry, date),
    changeNote: changeNote(entry, date, changedOn, laterEvents),
    laterEvents,
  };
}

