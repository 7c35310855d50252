/**
 * The content rules CI holds the bundled glossary to (`npm run content:report` shows the detail):
 * publisher sources rather than copies, plain English by measure, and a review date on every entry.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import data from '../../glossary/glossary.json' with { type: 'json' };
import { hostOf, isCopySite, isPublisher } from '../../scripts/content/hosts.js';
import { MAX_GRADE, MEDIAN_GRADE_TARGET, readingGrade } from '../../scripts/content/readability.js';
import type { Entry } from '../../src/model/types.ts';

const entries = data.entries as Entry[];

test('no citation points at a copy site', () => {
  const copies = entries.flatMap((e) => e.sources.flatMap((s) => ('url' in s && isCopySite(hostOf(s.url)) ? [`${e.id}: ${s.url}`] : [])));
  assert.deepEqual(copies, []);
});

test('hosts are told apart: the publisher, a copy, and others', () => {
  assert.equal(isPublisher(hostOf('https://www.legislation.gov.uk/ukpga/2022/31')), true);
  assert.equal(isPublisher(hostOf('https://bills.parliament.uk/bills/4124')), true);
  assert.equal(isCopySite(hostOf('https://legislation.data.gov.uk/ukpga/2006/41')), true);
  assert.equal(isPublisher(hostOf('https://legislation.data.gov.uk/ukpga/2006/41')), false);
  assert.equal(isCopySite(hostOf('https://en.wikipedia.org/wiki/NHS')), true);
  assert.equal(isPublisher(hostOf('https://www.kingsfund.org.uk/x')), false);
});

test(`every wording reads at grade ${MAX_GRADE} or below, and today's at a median of ${MEDIAN_GRADE_TARGET} or below`, () => {
  const hard = entries.flatMap((e) =>
    [e.definition, ...(e.earlier ?? []).map((w) => w.definition)]
      .filter((text) => readingGrade(text) > MAX_GRADE)
      .map((text) => `${e.id}: grade ${readingGrade(text).toFixed(1)}`),
  );
  assert.deepEqual(hard, []);
  const grades = entries.map((e) => readingGrade(e.definition)).sort((a, b) => a - b);
  const median = (grades[Math.floor((grades.length - 1) / 2)]! + grades[Math.ceil((grades.length - 1) / 2)]!) / 2;
  assert.ok(median <= MEDIAN_GRADE_TARGET, `median grade ${median.toFixed(1)}`);
});

test('the measure tells plain from dense text', () => {
  assert.ok(readingGrade('The board meets each month. It plans care for the town.') < 5);
  assert.ok(
    readingGrade('Commissioning responsibilities were subsequently delegated to integrated care boards notwithstanding considerable organisational heterogeneity.') > 15,
  );
});

test('every entry says when it was last reviewed', () => {
  assert.deepEqual(entries.filter((e) => !e.reviewed).map((e) => e.id), []);
});
