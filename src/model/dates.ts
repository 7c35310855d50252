/**
 * Dates in the glossary are ISO 8601 calendar dates, complete or partial ("2018", "2018-02",
 * "2018-02-01"). Partial dates widen to the first day when a period starts and to the last day when it
 * ends, so that comparisons stay plain string comparisons of complete dates.
 */
import type { IsoDate } from './types.js';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date, complete or partial: "2022-02-30" is false. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysIn(Number(m[1]), month);
}

/** The first day a partial date covers. */
export function startOf(date: IsoDate): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date covers. */
export function endOf(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  if (m) return `${y}-${m}-${String(daysIn(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** The complete date after a complete date: when a sense whose last day was `date` stopped applying. */
export function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/**
 * Reads the date part of an ISO date or date-time, as pages give it
 * (`<meta property="article:published_time" content="2019-01-07T09:30:00+00:00">`).
 * Returns undefined for anything else, so a bad attribute falls back to today rather than throwing.
 */
export function parseAsOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value);
  return m && isIsoDate(m[1]) ? m[1] : undefined;
}

const DAY_MS = 86_400_000;
let todayStart = 0;
let todayIso = '';

/**
 * Today's date in UTC, as the default "as of". Made once a day (and again if the clock is set back):
 * every term on a page asks while it upgrades.
 */
export function today(): string {
  const now = Date.now();
  if (now < todayStart || now >= todayStart + DAY_MS) {
    todayStart = now - (now % DAY_MS);
    todayIso = new Date(todayStart).toISOString().slice(0, 10);
  }
  return todayIso;
}
