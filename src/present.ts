/**
 * Plain-text wording shared by the tooltip, the glossary page and the accessible description, so a
 * screen reader hears what a sighted reader sees. No DOM.
 */
import { formatDate } from './model/dates.js';
import type { Resolution, SenseAtDate } from './model/glossary.js';
import type { Entry, Status } from './model/types.js';
import type { Strings } from './settings.js';

const STATUS_STRING: Record<Status, keyof Strings> = {
  current: 'statusCurrent',
  abolished: 'statusAbolished',
  superseded: 'statusSuperseded',
  proposed: 'statusProposed',
  informal: 'statusInformal',
};

/** "Abolished · 1 April 2013 – 30 June 2022 · replaced by ICB". */
export function statusLine(entry: Entry, strings: Strings, termOf: (id: string) => string | undefined): string {
  const parts: string[] = [strings[STATUS_STRING[entry.status]]];
  const { validFrom: from, validTo: to } = entry;
  if (from && to) parts.push(`${formatDate(from)} – ${formatDate(to)}`);
  else if (from) parts.push(`${strings.since} ${formatDate(from)}`);
  else if (to) parts.push(`${strings.until} ${formatDate(to)}`);
  const successor = entry.supersededBy && termOf(entry.supersededBy);
  if (successor) parts.push(`${strings.replacedBy} ${successor}`);
  return parts.join(' · ');
}

/** "ICB, integrated care board" */
export function heading(entry: Entry): string {
  return entry.expansion ? `${entry.term}, ${entry.expansion}` : entry.term;
}

/** The first sentence, for the short list of senses of an ambiguous term. */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text);
  return m ? m[0] : text;
}

function describeSense(sense: SenseAtDate, strings: Strings, termOf: (id: string) => string | undefined): string {
  return [sense.entry.expansion, sense.definition, statusLine(sense.entry, strings, termOf), sense.changeNote]
    .filter(Boolean)
    .join('. ')
    .replace(/\.\./g, '.');
}

/** The accessible description of a term: everything the tooltip says, as one string. */
export function describeResolution(
  resolution: Resolution,
  written: string,
  strings: Strings,
  termOf: (id: string) => string | undefined,
): string {
  if (resolution.kind === 'found') return describeSense(resolution.sense, strings, termOf);
  if (resolution.kind === 'ambiguous') {
    const list = resolution.senses.map((s) => `${s.entry.expansion ?? s.entry.term}: ${firstSentence(s.definition)}`);
    return `${strings.canMean.replace('{term}', () => written)} ${list.join(' ')}`;
  }
  return '';
}
