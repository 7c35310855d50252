#!/usr/bin/env node
/**
 * `npm run content:report`: the state of the bundled glossary's content, entry by entry: status, newest
 * event, review date, reading grade and the hosts its sources live on. Then what needs work: entries
 * not reviewed in six months, citations to hosts that are not the publisher. Exits 1 on a citation to
 * a known copy site or a reading grade past the ceiling, so CI holds the line.
 */
import { readFileSync } from 'node:fs';
import { hostOf, isCopySite, isPublisher } from './content/hosts.js';
import { MAX_GRADE, MEDIAN_GRADE_TARGET, readingGrade } from './content/readability.js';

const data = JSON.parse(readFileSync(new URL('../glossary/glossary.json', import.meta.url), 'utf8'));
const today = new Date().toISOString().slice(0, 10);
const sixMonthsAgo = new Date(Date.now() - 182 * 86_400_000).toISOString().slice(0, 10);

const rows = [];
const stale = [];
const notPublisher = [];
const copies = [];
const tooHard = [];
for (const entry of data.entries) {
  const hosts = entry.sources.map((s) => (s.url ? hostOf(s.url) : `seed ${s.seed.slice(0, 3)}`));
  for (const s of entry.sources.filter((s) => s.url)) {
    const host = hostOf(s.url);
    if (isCopySite(host)) copies.push(`${entry.id}: ${s.url}`);
    else if (!isPublisher(host)) notPublisher.push(`${entry.id}: ${host}`);
  }
  if (!entry.reviewed || entry.reviewed < sixMonthsAgo) stale.push(`${entry.id} (${entry.reviewed ?? 'never'})`);
  const grade = readingGrade(entry.definition);
  for (const wording of [entry.definition, ...(entry.earlier ?? []).map((e) => e.definition)]) {
    const g = readingGrade(wording);
    if (g > MAX_GRADE) tooHard.push(`${entry.id}: grade ${g.toFixed(1)}: ${wording.slice(0, 60)}…`);
  }
  const newest = entry.timeline?.at(-1)?.date ?? '';
  rows.push({ id: entry.id, status: entry.status, newest, reviewed: entry.reviewed ?? '', grade, hosts: [...new Set(hosts)].join(', ') });
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('id', 30)}${pad('status', 12)}${pad('newest', 12)}${pad('reviewed', 12)}${pad('grade', 7)}hosts`);
for (const r of rows) {
  console.log(`${pad(r.id, 30)}${pad(r.status, 12)}${pad(r.newest, 12)}${pad(r.reviewed, 12)}${pad(r.grade.toFixed(1), 7)}${r.hosts}`);
}
const grades = rows.map((r) => r.grade).sort((a, b) => a - b);
const median = grades.length % 2 ? grades[(grades.length - 1) / 2] : (grades[grades.length / 2 - 1] + grades[grades.length / 2]) / 2;
const list = (title, items) => console.log(`\n${title}: ${items.length}${items.length ? `\n  ${items.join('\n  ')}` : ''}`);
console.log(`\n${rows.length} entries on ${today}. Reading grade: median ${median.toFixed(1)} (target ≤ ${MEDIAN_GRADE_TARGET}), highest ${grades.at(-1).toFixed(1)} (ceiling ${MAX_GRADE}).`);
list('Not reviewed since ' + sixMonthsAgo, stale);
list('Citations to hosts that are not the publisher', notPublisher);
list('Citations to copy sites (fail)', copies);
list(`Wordings above grade ${MAX_GRADE} (fail)`, tooHard);

const failed = copies.length > 0 || tooHard.length > 0 || median > MEDIAN_GRADE_TARGET;
if (failed) console.log('\ncontent:report failed: see the lists marked (fail) and the median above.');
process.exitCode = failed ? 1 : 0;
