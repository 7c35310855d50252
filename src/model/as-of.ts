/**
 * What one entry was on a given day: the wording and status in force then, and what has happened
 * since. Facts only; `present.ts` turns them into words. See glossary/CONTENT.md for how the data
 * describes an entry's life.
 */
import { dayAfter, endOf, startOf, today } from './dates.js';
import type { Entry, IsoDate, Status, TimelineEvent } from './types.js';

/** An entry's status on a day: one of the data's statuses, or not yet in use. */
export type StatusOnDate = Status | 'not-yet';

/** One stretch of an entry's life with one wording and one status. */
interface Phase {
  /** First day, as precise as the data (absent: since before records begin). */
  from?: IsoDate;
  /** First day it no longer applied, complete (absent: still applies). */
  until?: string;
  definition?: string;
  status: StatusOnDate;
}

export interface SenseFacts {
  entry: Entry;
  /** The day asked about, complete. */
  date: string;
  /** The status on that day. */
  status: StatusOnDate;
  /** Since when the status had held (for an ended sense, the start of its life). */
  since?: IsoDate;
  /** The last day an ended sense applied. */
  until?: IsoDate;
  /** The wording in force on the day; none before the sense was in use. */
  definition?: string;
  /** What replaced an ended sense, already looked up. */
  successor?: Entry;
  later: LaterFacts;
}

/** What happened after the day asked about, up to today. */
export interface LaterFacts {
  /** The first change of status after the day: when the sense came into use, changed or ended. */
  status?: { status: StatusOnDate; from: IsoDate; successor?: Entry };
  /** Dated events after the day, oldest first. */
  events: TimelineEvent[];
  /** The event that came with the wording in force today, where the data has one. */
  turningPoint?: TimelineEvent;
}

const ENDED: ReadonlySet<StatusOnDate> = new Set(['abolished', 'superseded']);

const phasesOf = (entry: Entry): Phase[] => {
  const inUse: StatusOnDate = ENDED.has(entry.status) ? 'current' : entry.status;
  const phases: Phase[] = [];
  let from: IsoDate | undefined = entry.validFrom;
  if (from) phases.push({ until: startOf(from), status: 'not-yet' });
  for (const wording of entry.earlier ?? []) {
    phases.push({ from, until: startOf(wording.until), definition: wording.definition, status: wording.status ?? inUse });
    from = wording.until;
  }
  const end = entry.validTo && dayAfter(endOf(entry.validTo));
  if (!end) {
    phases.push({ from, definition: entry.definition, status: inUse });
  } else {
    // The entry's own wording is for after its end; before that, the last earlier wording stands.
    if (!from || startOf(from) < end) phases.push({ from, until: end, definition: entry.definition, status: inUse });
    phases.push({ from: end, definition: entry.definition, status: entry.status });
  }
  return phases;
};

/** Entries are immutable once in a glossary, so each one's phases are worked out once. */
const phaseCache = new WeakMap<Entry, Phase[]>();
function phases(entry: Entry): Phase[] {
  let list = phaseCache.get(entry);
  if (!list) phaseCache.set(entry, (list = phasesOf(entry)));
  return list;
}

const covers = (phase: Phase, date: string) => (!phase.from || startOf(phase.from) <= date) && (!phase.until || date < phase.until);

/** Whether the sense was in use on the day: begun and not yet ended. */
export function isInUse(entry: Entry, date: string): boolean {
  const phase = phases(entry).find((p) => covers(p, date));
  return phase !== undefined && phase.status !== 'not-yet' && !ENDED.has(phase.status);
}

/** The facts of one entry as of a day. `byId` finds the successor. */
export function factsAt(entry: Entry, date: string, byId: (id: string) => Entry | undefined): SenseFacts {
  const list = phases(entry);
  const index = list.findIndex((p) => covers(p, date));
  const phase = list[index]!;
  const ended = ENDED.has(phase.status);
  const successor = ended && entry.supersededBy ? byId(entry.supersededBy) : undefined;
  // The status has held since the first of the run of phases with the same status.
  let first = index;
  while (first > 0 && list[first - 1]!.status === phase.status) first--;
  const now = today();
  const events = (entry.timeline ?? []).filter((e) => startOf(e.date) > date && startOf(e.date) <= now);
  const nextChange = list.slice(index + 1).find((p) => p.status !== phase.status && startOf(p.from!) <= now);
  // The wording in force today took over on the day of the change that matters most since.
  const current = list.findLast((p, i) => i > index && p.from && startOf(p.from) <= now);
  const reworded = current?.from && startOf(current.from);
  return {
    entry,
    date,
    status: phase.status,
    since: ended ? entry.validFrom : list[first]!.from,
    until: ended ? entry.validTo : undefined,
    definition: phase.definition,
    successor,
    later: {
      status: nextChange && {
        status: nextChange.status,
        from: nextChange.from!,
        successor: ENDED.has(nextChange.status) && entry.supersededBy ? byId(entry.supersededBy) : undefined,
      },
      events,
      turningPoint: reworded ? events.find((e) => startOf(e.date) >= reworded) : undefined,
    },
  };
}
