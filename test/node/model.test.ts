import assert from 'node:assert/strict';
import { test } from 'node:test';
import bundledData from '../../glossary/glossary.json' with { type: 'json' };
import { bundledGlossary } from '../../src/bundled.ts';
import { formatDate, isIsoDate, parseAsOf, today } from '../../src/model/dates.ts';
import { formKey, inflections, isCaseSensitive } from '../../src/model/forms.ts';
import { Glossary } from '../../src/model/glossary.ts';
import { loadGlossary, mergeGlossary } from '../../src/model/load.ts';
import { describeIssue } from '../../src/model/validate.ts';
import type { Entry } from '../../src/model/types.ts';

const seed = [{ seed: '004_db9f6477d2040253.txt' }];
const entries: Entry[] = [
  {
    id: 'ics',
    term: 'ICS',
    expansion: 'integrated care system',
    definition: 'Now: statutory partnership.',
    category: 'partnership',
    status: 'current',
    validFrom: '2018-02',
    timeline: [
      { date: '2018-02', text: '10 areas named.' },
      { date: '2022-07-01', text: '42 statutory ICSs cover England.' },
    ],
    earlier: [{ until: '2022-07-01', definition: 'Then: voluntary partnership.' }],
    sources: seed,
  },
  {
    id: 'icb',
    term: 'ICB',
    expansion: 'integrated care board',
    definition: 'NHS body.',
    category: 'organisation',
    status: 'current',
    validFrom: '2022-07-01',
    sources: seed,
  },
  {
    id: 'ccg',
    term: 'CCG',
    expansion: 'clinical commissioning group',
    definition: 'Former body.',
    category: 'organisation',
    status: 'abolished',
    validFrom: '2013-04-01',
    validTo: '2022-06-30',
    supersededBy: 'icb',
    sources: seed,
  },
  {
    id: 'icp-partnership',
    term: 'ICP',
    expansion: 'integrated care partnership',
    definition: 'Joint committee.',
    category: 'partnership',
    status: 'current',
    validFrom: '2022-07-01',
    sources: seed,
  },
  {
    id: 'icp-provider',
    term: 'ICP',
    expansion: 'integrated care provider',
    definition: 'Contract.',
    category: 'contract',
    status: 'superseded',
    validFrom: '2018',
    validTo: '2021',
    sources: seed,
  },
  {
    id: 'ico-org',
    term: 'ICO',
    expansion: 'integrated care organisation',
    definition: 'An organisation.',
    category: 'organisation',
    status: 'informal',
    sources: seed,
  },
  {
    id: 'ico-commissioner',
    term: 'ICO',
    expansion: "Information Commissioner's Office",
    definition: 'The data regulator.',
    category: 'organisation',
    status: 'current',
    sources: seed,
  },
  {
    id: 'nhsei',
    term: 'NHSE/I',
    expansion: 'NHS England and NHS Improvement',
    aliases: ['NHSEI'],
    definition: 'Joint working.',
    category: 'organisation',
    status: 'superseded',
    sources: seed,
  },
];
const glossary = new Glossary(entries);

test('forms: acronyms are case-sensitive, phrases are not', () => {
  assert.equal(isCaseSensitive('ICB'), true);
  assert.equal(isCaseSensitive('NHSE/I'), true);
  assert.equal(isCaseSensitive("ICSs'"), true);
  assert.equal(isCaseSensitive('integrated care board'), false);
  assert.equal(formKey('Integrated  Care\nBoard'), 'integrated care board');
  assert.equal(formKey('Long-Term Plan'), 'long term plan');
  assert.equal(formKey('NHSE/I'), 'NHSE/I');
  assert.deepEqual(inflections('ICB'), ['ICB', 'ICBs', "ICB's", "ICBs'"]);
  assert.deepEqual(inflections('integrated care strategy'), [
    'integrated care strategy',
    'integrated care strategies',
    "integrated care strategy's",
    "integrated care strategies'",
  ]);
  assert.deepEqual(inflections('Health and Care Act 2022'), ['Health and Care Act 2022', "Health and Care Act 2022's"]);
});

test('lookup by written term, alias, plural and possessive', () => {
  for (const written of ['ICB', 'ICBs', "ICB's", 'ICB’s', "ICBs'", 'integrated care board', 'Integrated Care Boards']) {
    assert.deepEqual(glossary.senses(written).map((e) => e.id), ['icb'], written);
  }
  assert.deepEqual(glossary.senses('icb'), [], 'acronyms are case-sensitive');
  assert.deepEqual(glossary.senses('Icbs'), []);
  assert.deepEqual(glossary.senses('NHSEI').map((e) => e.id), ['nhsei']);
  assert.deepEqual(glossary.senses('NHSE/I').map((e) => e.id), ['nhsei']);
  assert.equal(glossary.byId('ccg')?.term, 'CCG');
});

test('every sense of a written term', () => {
  assert.deepEqual(glossary.senses('ICP').map((e) => e.id), ['icp-partnership', 'icp-provider']);
  assert.deepEqual(glossary.senses('integrated care provider').map((e) => e.id), ['icp-provider']);
});

test('asOf before 1 July 2022: the definition as it stood, and what changed since', () => {
  const r = glossary.resolve({ text: 'ICSs', asOf: '2019-01-07' });
  assert.equal(r.kind, 'found');
  if (r.kind !== 'found') return;
  assert.equal(r.sense.definition, 'Then: voluntary partnership.');
  assert.equal(r.sense.changeNote, 'Since 1 July 2022: 42 statutory ICSs cover England.');
  assert.deepEqual(r.sense.laterEvents.map((e) => e.date), ['2022-07-01']);
});

test('asOf after 1 July 2022 and today: the current definition, no note', () => {
  for (const asOf of ['2022-07-01', '2023-05-01', undefined]) {
    const r = glossary.resolve({ text: 'ICS', asOf });
    assert.equal(r.kind === 'found' && r.sense.definition, 'Now: statutory partnership.', String(asOf));
    assert.equal(r.kind === 'found' && r.sense.changeNote, undefined);
  }
});

test('asOf before a body existed, and after it was abolished', () => {
  const before = glossary.resolve({ text: 'ICB', asOf: '2019-01-07' });
  assert.equal(before.kind === 'found' && before.sense.inForce, false);
  assert.equal(before.kind === 'found' && before.sense.changeNote, 'Not yet in use on 7 January 2019: from 1 July 2022.');
  const during = glossary.resolve({ text: 'CCGs', asOf: '2019-01-07' });
  assert.equal(during.kind === 'found' && during.sense.changeNote, 'Abolished after 30 June 2022.');
  const today = glossary.resolve({ text: 'CCG' });
  assert.equal(today.kind === 'found' && today.sense.inForce, false);
});

test('a date settles a sense; an id settles it too; otherwise every sense is listed', () => {
  const now = glossary.resolve({ text: 'ICP', asOf: '2024-01-01' });
  assert.equal(now.kind === 'found' && now.sense.entry.id, 'icp-partnership');
  assert.deepEqual(now.kind === 'found' && now.otherSenses.map((e) => e.id), ['icp-provider']);
  const then = glossary.resolve({ text: 'ICP', asOf: '2019-06-01' });
  assert.equal(then.kind === 'found' && then.sense.entry.id, 'icp-provider');
  const byId = glossary.resolve({ id: 'icp-provider', text: 'ICP', asOf: '2024-01-01' });
  assert.equal(byId.kind === 'found' && byId.sense.entry.id, 'icp-provider');
  const both = glossary.resolve({ text: 'ICO' });
  assert.equal(both.kind, 'ambiguous');
  assert.deepEqual(both.kind === 'ambiguous' && both.senses.map((s) => s.entry.id), ['ico-org', 'ico-commissioner']);
  assert.equal(glossary.resolve({ id: 'nope', text: 'ICB' }).kind, 'unknown');
  assert.equal(glossary.resolve({ text: 'XYZ' }).kind, 'unknown');
});

test('dates: real calendar dates only; page dates parsed; formatted as precisely as known', () => {
  assert.equal(isIsoDate('2022-07-01'), true);
  assert.equal(isIsoDate('2022-07'), true);
  assert.equal(isIsoDate('2022'), true);
  assert.equal(isIsoDate('2022-02-30'), false);
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2022-13'), false);
  assert.equal(isIsoDate('1/7/2022'), false);
  assert.equal(parseAsOf('2019-01-07T09:30:00+00:00'), '2019-01-07');
  assert.equal(parseAsOf('2019-01-07'), '2019-01-07');
  assert.equal(parseAsOf('last week'), undefined);
  assert.equal(formatDate('2022-07-01'), '1 July 2022');
  assert.equal(formatDate('2018-02'), 'February 2018');
  assert.equal(formatDate('2016'), '2016');
});

test('malformed data: each bad entry named by index, id and field; the good ones kept', () => {
  const g = loadGlossary({
    entries: [
      entries[1],
      { ...entries[2], definition: '' },
      { ...entries[0], id: 'Bad Id' },
      { ...entries[3], validFrom: '2022-02-30' },
      { ...entries[4], category: 'gadget' },
      { ...entries[5], sources: [] },
      { ...entries[6], sources: [{ title: 't', publisher: 'p', url: 'javascript:alert(1)' }] },
      { ...entries[7], definition: Array(61).fill('word').join(' ') },
      { ...entries[1] },
      'not an entry',
      { ...entries[5], colour: 'red' },
      { ...entries[0], related: ['icb', 'missing'] },
    ],
  });
  assert.deepEqual(g.entries.map((e) => e.id), ['icb', 'ics']);
  assert.deepEqual(g.issues.map(describeIssue), [
    'glossary entry 1 ("ccg"): field "definition" must be a non-empty string',
    'glossary entry 2 ("Bad Id"): field "id" must be lower-case words joined by hyphens',
    'glossary entry 3 ("icp-partnership"): field "validFrom" must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)',
    'glossary entry 4 ("icp-provider"): field "category" must be one of: organisation, partnership, plan, policy, law, funding, contract, care setting, concept, role',
    'glossary entry 5 ("ico-org"): field "sources" must name at least one source',
    'glossary entry 6 ("ico-commissioner"): field "sources" item 0 .url must be an http(s) or relative URL',
    'glossary entry 7 ("nhsei"): field "definition" has more than 60 words',
    'glossary entry 8 ("icb"): field "id" repeats an earlier entry',
    'glossary entry 9: field "(entry)" must be an object',
    'glossary entry 10 ("ico-org"): field "colour" is not a known field',
    'glossary entry ("ics"): field "related" names "missing", which is not in the glossary',
  ]);
  assert.deepEqual(loadGlossary({ nope: 1 }).issues.map(describeIssue), [
    'glossary: field "entries" must be an array of entries',
  ]);
});

test('custom data merges over the bundled glossary or replaces it', () => {
  const custom = [{ ...entries[1], definition: 'Our own words.' }, { ...entries[5], id: 'local-thing', term: 'LTX' }];
  const merged = mergeGlossary(glossary, custom, 'merge');
  assert.equal(merged.byId('icb')?.definition, 'Our own words.');
  assert.equal(merged.byId('ics')?.definition, 'Now: statutory partnership.');
  assert.equal(merged.senses('LTX')[0]?.id, 'local-thing');
  const replaced = mergeGlossary(glossary, custom, 'replace');
  assert.deepEqual(replaced.entries.map((e) => e.id), ['icb', 'local-thing']);
});

test('bundled glossary: passes the same checks as a custom one, so pages may skip them', () => {
  const checked = loadGlossary(bundledData);
  assert.deepEqual(checked.issues.map(describeIssue), []);
  assert.equal(checked.entries.length, bundledGlossary.entries.length);
  assert.ok(bundledGlossary.entries.length >= 60);
});

test('bundled glossary: no written form maps to two entries unless they are senses of one term', () => {
  for (const [form, senses] of bundledGlossary.formIndex()) {
    if (senses.length < 2) continue;
    const terms = new Set(senses.map((e) => e.term));
    assert.equal(terms.size, 1, `"${form}" maps to ${senses.map((e) => e.id).join(', ')}`);
  }
});

test('bundled glossary: the senses the field needs', () => {
  assert.ok(bundledGlossary.senses('ICP').map((e) => e.id).includes('icp-partnership'));
  assert.ok(bundledGlossary.senses('ICP').map((e) => e.id).includes('icp-provider'));
  assert.ok(bundledGlossary.senses('STP').map((e) => e.id).includes('stp-plan'));
  assert.ok(bundledGlossary.senses('STP').map((e) => e.id).includes('stp-partnership'));
  const ccg = bundledGlossary.resolve({ text: 'CCGs', asOf: '2019-01-07' });
  assert.equal(ccg.kind === 'found' && ccg.sense.inForce, true);
  assert.equal(bundledGlossary.resolve({ text: 'CCG' }).kind === 'found', true);
});

test('today() turns over at midnight UTC, though it is worked out once a day', (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: Date.UTC(2031, 0, 1) });
  assert.equal(today(), '2031-01-01');
  // Set back, as a test or a corrected clock may do.
  t.mock.timers.setTime(Date.UTC(2026, 10, 26, 23, 59, 58));
  assert.equal(today(), '2026-11-26');
  t.mock.timers.tick(1000);
  assert.equal(today(), '2026-11-26');
  t.mock.timers.tick(1000);
  assert.equal(today(), '2026-11-27');
});
