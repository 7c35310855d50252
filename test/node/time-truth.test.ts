/**
 * The promise the product rests on: as of any date, an entry says what was true then. For every entry
 * of the bundled glossary, on every date on which any entry changes and on 1 January of each year
 * since 2012, the definition and status line shown name no year after that date. What came later
 * belongs in the change note alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledGlossary } from '../../src/bundled.ts';
import { dayAfter, endOf, startOf, today } from '../../src/model/dates.ts';
import { statusLine, phrasingFor } from '../../src/present.ts';
import { DEFAULT_STRINGS } from '../../src/settings.ts';

const phrasing = phrasingFor(DEFAULT_STRINGS, 'en-GB');
const now = today();

function checkDates(): string[] {
  const dates = new Set<string>();
  for (let year = 2012; year <= Number(now.slice(0, 4)); year++) dates.add(`${year}-01-01`);
  for (const entry of bundledGlossary.entries) {
    if (entry.validFrom) dates.add(startOf(entry.validFrom));
    if (entry.validTo) dates.add(dayAfter(endOf(entry.validTo)));
    for (const wording of entry.earlier ?? []) dates.add(startOf(wording.until));
    for (const event of entry.timeline ?? []) dates.add(startOf(event.date));
  }
  return [...dates].filter((d) => d <= now).sort();
}

test('as of every date, no definition or status line names a later year', () => {
  const dates = checkDates();
  const failures: string[] = [];
  for (const entry of bundledGlossary.entries) {
    for (const date of dates) {
      const facts = bundledGlossary.factsAt(entry, date);
      const shown = { definition: facts.definition ?? '', status: statusLine(facts, phrasing) };
      for (const [part, text] of Object.entries(shown)) {
        const later = (text.match(/\b(?:19|20)\d{2}\b/g) ?? []).filter((year) => year > date.slice(0, 4));
        if (later.length > 0) failures.push(`${entry.id} as of ${date}: ${part} names ${later.join(', ')}: "${text}"`);
      }
    }
  }
  assert.ok(dates.length > 40, `checked ${dates.length} dates`);
  // One line per entry and part is enough to find the wording to mend.
  const firstPerWording = [...new Map(failures.map((f) => [f.replace(/ as of [^:]+/, ''), f])).values()];
  assert.equal(failures.length, 0, `${failures.length} failures, first of each:\n${firstPerWording.join('\n')}`);
});

test('before an entry came into use it shows no definition, only that it was not yet in use', () => {
  const failures: string[] = [];
  for (const entry of bundledGlossary.entries.filter((e) => e.validFrom)) {
    const before = '2011-12-31';
    if (startOf(entry.validFrom!) <= before) continue;
    const facts = bundledGlossary.factsAt(entry, before);
    if (facts.definition !== undefined || statusLine(facts, phrasing) !== 'Not yet in use') failures.push(entry.id);
  }
  assert.deepEqual(failures, []);
});
