/**
 * Checks of the bundled data itself (glossary/glossary.json, glossary/seeds.json) against its JSON Schema
 * and the rules the schema cannot express. Every failure names the entry id and the field.
 *
 * Run from the repo root: node --import tsx --test test/node/glossary-data.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Entry, GlossaryData } from '../../src/model/types.ts';

const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const data = readJson('glossary/glossary.json') as GlossaryData;
const schema = readJson('glossary/glossary.schema.json') as object;
const seedList = readJson('glossary/seeds.json') as { seeds: Array<{ file: string; title: string; publisher: string; date?: string }> };
const entries: Entry[] = data.entries;
/** The seed documents, beside the repo as shared/seeds, where this checkout has them. */
const seedsDir = fileURLToPath(new URL('../shared/seeds/', root));

const MAX_WORDS = 60;
const words = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** Ids the bundled glossary must always have. */
const REQUIRED_IDS = [
  'ics', 'icb', 'icp-partnership', 'icp-provider', 'stp-partnership', 'stp-plan', 'stp-footprint', 'ccg',
  'aco', 'acs', 'ico', 'pcn', 'vcse', 'csu', 'nhs-trust', 'foundation-trust', 'nhs-england', 'nhs-improvement',
  'nhsei', 'dhsc', 'cqc', 'ltp', 'fyfv', 'new-care-models', 'vanguard', 'mcp', 'pacs', 'place',
  'place-based-partnership', 'provider-collaborative', 'int', 'hwb', 'jsna', 'jhws', 'integrated-care-strategy',
  'jfp', 'phm', 'health-inequalities', 'capitated-budget', 'control-total', 'lead-provider', 'alliance-contract',
  's75-nhs-act', 's75-hsca-2012', 'bcf', 'hsca-2012', 'hca-2022', 'upper-tier-la', 'social-care', 'public-health',
  'primary-care', 'secondary-care', 'community-care', 'uec', 'means-testing', 'commissioning', 'procurement',
  'psr', 'joint-committee', 'nof', 'icb-cluster', '10yhp', 'neighbourhood-health-service',
  'nhs-england-abolition', 'health-bill-2026', 'single-patient-record', 'hssib', 'advanced-foundation-trust',
  'single-national-formulary', 'darzi-review', 'recovery-support-programme',
];

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A real calendar date, complete or partial: "2022-02-30" and "2022-13" are not. */
function isCalendarDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** First day a (possibly partial) date covers. */
function first(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** Last day a (possibly partial) date covers. */
function last(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  if (!m) return `${y}-12-31`;
  const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(days).padStart(2, '0')}`;
}

/** Every date in an entry, with the field it sits in. */
function datesOf(entry: Entry): Array<[field: string, date: string]> {
  return [
    ...(entry.validFrom ? [['validFrom', entry.validFrom] as [string, string]] : []),
    ...(entry.validTo ? [['validTo', entry.validTo] as [string, string]] : []),
    ...(entry.timeline ?? []).map((e, i): [string, string] => [`timeline[${i}].date`, e.date]),
    ...(entry.earlier ?? []).map((e, i): [string, string] => [`earlier[${i}].until`, e.until]),
    ...(entry.sources ?? []).flatMap((s, i): Array<[string, string]> =>
      'date' in s && s.date ? [[`sources[${i}].date`, s.date]] : [],
    ),
  ];
}

test('glossary.json validates against glossary.schema.json', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const ok = validate(data);
  const errors = (validate.errors ?? []).map((e) => {
    const index = /^\/entries\/(\d+)/.exec(e.instancePath)?.[1];
    const id = index === undefined ? '' : ` (entry "${entries[Number(index)]?.id}")`;
    return `${e.instancePath || '/'}${id}: ${e.message} ${JSON.stringify(e.params)}`;
  });
  assert.ok(ok, `schema errors:\n${errors.join('\n')}`);
});

test('the data names its schema and version', () => {
  assert.equal(data.$schema, './glossary.schema.json', 'field "$schema"');
  assert.match(data.version ?? '', /^\d{4}\.\d{2}$/, 'field "version" should look like 2026.11');
});

test('at least 60 entries', () => {
  assert.ok(entries.length >= 60, `only ${entries.length} entries`);
});

test('ids are unique', () => {
  const seen = new Set<string>();
  for (const entry of entries) {
    assert.ok(!seen.has(entry.id), `entry "${entry.id}": field "id" repeats an earlier entry`);
    seen.add(entry.id);
  }
});

test('every required id is present', () => {
  const ids = new Set(entries.map((e) => e.id));
  const missing = REQUIRED_IDS.filter((id) => !ids.has(id));
  assert.deepEqual(missing, [], `missing required entries: ${missing.join(', ')}`);
});

test('every related and supersededBy id exists', () => {
  const ids = new Set(entries.map((e) => e.id));
  for (const entry of entries) {
    for (const [i, id] of (entry.related ?? []).entries()) {
      assert.ok(ids.has(id), `entry "${entry.id}": field "related[${i}]" names "${id}", which is not in the glossary`);
      assert.notEqual(id, entry.id, `entry "${entry.id}": field "related[${i}]" names the entry itself`);
    }
    if (entry.supersededBy !== undefined) {
      assert.ok(
        ids.has(entry.supersededBy),
        `entry "${entry.id}": field "supersededBy" names "${entry.supersededBy}", which is not in the glossary`,
      );
      assert.notEqual(entry.supersededBy, entry.id, `entry "${entry.id}": field "supersededBy" names the entry itself`);
    }
  }
});

test('every entry has at least one source', () => {
  for (const entry of entries) {
    assert.ok(Array.isArray(entry.sources) && entry.sources.length > 0, `entry "${entry.id}": field "sources" is empty`);
  }
});

test('seeds.json describes each seed once, for citation', () => {
  const files = new Set<string>();
  for (const [i, seed] of seedList.seeds.entries()) {
    assert.ok(seed.file && seed.title && seed.publisher, `seeds.json seeds[${i}]: needs file, title and publisher`);
    assert.ok(!files.has(seed.file), `seeds.json seeds[${i}]: field "file" repeats "${seed.file}"`);
    if (seed.date !== undefined) assert.ok(isCalendarDate(seed.date), `seeds.json seeds[${i}]: field "date" "${seed.date}"`);
    files.add(seed.file);
  }
});

test('every seed source names a file in seeds.json, and in shared/seeds where that folder exists', () => {
  const known = new Set(seedList.seeds.map((s) => s.file));
  const haveDir = existsSync(seedsDir);
  if (haveDir) {
    for (const file of known) assert.ok(existsSync(seedsDir + file), `seeds.json: "${file}" is not in ${seedsDir}`);
  }
  for (const entry of entries) {
    for (const [i, source] of entry.sources.entries()) {
      if (!('seed' in source)) continue;
      assert.ok(known.has(source.seed), `entry "${entry.id}": field "sources[${i}].seed" names "${source.seed}", not in seeds.json`);
      if (haveDir) {
        assert.ok(existsSync(seedsDir + source.seed), `entry "${entry.id}": field "sources[${i}].seed": no ${seedsDir}${source.seed}`);
      }
    }
  }
});

test(`every definition and earlier definition has at most ${MAX_WORDS} words`, () => {
  for (const entry of entries) {
    const n = words(entry.definition);
    assert.ok(n > 0 && n <= MAX_WORDS, `entry "${entry.id}": field "definition" has ${n} words`);
    for (const [i, earlier] of (entry.earlier ?? []).entries()) {
      const m = words(earlier.definition);
      assert.ok(m > 0 && m <= MAX_WORDS, `entry "${entry.id}": field "earlier[${i}].definition" has ${m} words`);
    }
  }
});

test('every date is a real ISO 8601 calendar date', () => {
  for (const entry of entries) {
    for (const [field, date] of datesOf(entry)) {
      assert.ok(isCalendarDate(date), `entry "${entry.id}": field "${field}" is not a valid date: "${date}"`);
    }
  }
});

test('validFrom is not after validTo', () => {
  for (const entry of entries) {
    if (!entry.validFrom || !entry.validTo) continue;
    assert.ok(
      first(entry.validFrom) <= last(entry.validTo),
      `entry "${entry.id}": field "validTo" (${entry.validTo}) is before validFrom (${entry.validFrom})`,
    );
  }
});

test('timelines and earlier definitions run oldest first', () => {
  for (const entry of entries) {
    const timeline = entry.timeline ?? [];
    for (let i = 1; i < timeline.length; i++) {
      assert.ok(
        first(timeline[i - 1]!.date) <= first(timeline[i]!.date),
        `entry "${entry.id}": field "timeline[${i}].date" (${timeline[i]!.date}) is before the event above it`,
      );
    }
    const earlier = entry.earlier ?? [];
    for (let i = 1; i < earlier.length; i++) {
      assert.ok(
        first(earlier[i - 1]!.until) < first(earlier[i]!.until),
        `entry "${entry.id}": field "earlier[${i}].until" (${earlier[i]!.until}) is not after the wording above it`,
      );
    }
  }
});

test('the date checker itself rejects impossible dates', () => {
  assert.equal(isCalendarDate('2022-02-30'), false);
  assert.equal(isCalendarDate('2022-13'), false);
  assert.equal(isCalendarDate('2024-02-29'), true);
  assert.equal(isCalendarDate('2016'), true);
});
