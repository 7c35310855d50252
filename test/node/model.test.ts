import assert from 'node:assert/strict';
import { test } from 'node:test';
import bundledData from '../../glossary/glossary.json' with { type: 'json' };
import { bundledGlossary } from '../../src/bundled.ts';
import { isIsoDate, parseAsOf, today } from '../../src/model/dates.ts';
import { formKey, inflections, isCaseSensitive } from '../../src/model/forms.ts';
import { LOOKUP_MEMORY, type Resolution } from '../../src/model/glossary.ts';
import { loadGlossary, mergeGlossary } from '../../src/model/load.ts';
import { describeIssue } from '../../src/model/validate.ts';
import type { Entry } from '../../src/model/types.ts';
import { changeNote, formatDate, phrasingFor, statusLine } from '../../src/present.ts';
import { DEFAULT_STRINGS } from '../../src/settings.ts';

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
    earlier: [{ until: '2022-07-01', definition: 'Body that buys care.' }],
    sources: seed,
  },
  {
    id: 'icp-partnership',
    term: 'ICP',
    expansion: 'integrated care partnership',
    definition: 'Joint committee.',
    category: 'partnership',
    status: 'current',
    validFrom: '2021-07-06',
    earlier: [{ until: '2022-07-01', definition: 'A joint committee the Bill proposes.', status: 'proposed' }],
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
    validFrom: '2019-04-01',
    validTo: '2022-06-30',
    sources: seed,
  },
];
const glossary = loadGlossary(entries);
const english = phrasingFor(DEFAULT_STRINGS, 'en-GB');
const found = (r: Resolution) => {
  assert.equal(r.kind, 'found');
  return (r as Extract<Resolution, { kind: 'found' }>).sense;
};

test('the example glossary itself is valid', () => {
  assert.deepEqual(glossary.issues.map(describeIssue), []);
});

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

test('asOf before 1 July 2022: the wording and status then; what changed since in the note alone', () => {
  const sense = found(glossary.lookup({ text: 'ICSs', asOf: '2019-01-07' }));
  assert.equal(sense.definition, 'Then: voluntary partnership.');
  assert.equal(statusLine(sense, english), 'Current · since February 2018');
  assert.equal(changeNote(sense, english), 'Since then (1 July 2022): 42 statutory ICSs cover England.');
  assert.deepEqual(sense.later.events.map((e) => e.date), ['2022-07-01']);
});

test('asOf after 1 July 2022 and today: the current definition, no note', () => {
  for (const asOf of ['2022-07-01', '2023-05-01', undefined]) {
    const sense = found(glossary.lookup({ text: 'ICS', asOf }));
    assert.equal(sense.definition, 'Now: statutory partnership.', String(asOf));
    assert.equal(changeNote(sense, english), undefined);
  }
});

test('before a body existed: no definition, "not yet in use", and from when in the note', () => {
  const before = found(glossary.lookup({ text: 'ICB', asOf: '2019-01-07' }));
  assert.equal(before.status, 'not-yet');
  assert.equal(before.definition, undefined);
  assert.equal(statusLine(before, english), 'Not yet in use');
  assert.equal(changeNote(before, english), 'In use from 1 July 2022.');
});

test('while a body existed it is current in the present tense; after, abolished and replaced', () => {
  const during = found(glossary.lookup({ text: 'CCGs', asOf: '2019-01-07' }));
  assert.equal(during.definition, 'Body that buys care.');
  assert.equal(statusLine(during, english), 'Current · since 1 April 2013');
  assert.equal(changeNote(during, english), 'Abolished from 1 July 2022, replaced by ICB.');
  const after = found(glossary.lookup({ text: 'CCG' }));
  assert.equal(after.definition, 'Former body.');
  assert.equal(statusLine(after, english), 'Abolished · 1 April 2013 – 30 June 2022 · replaced by ICB');
  assert.equal(after.successor?.id, 'icb');
  // The last day it applied is still its own.
  assert.equal(found(glossary.lookup({ text: 'CCG', asOf: '2022-06-30' })).status, 'current');
});

test('an earlier wording carries its own status: proposed in a Bill, current once in force', () => {
  const proposed = found(glossary.lookup({ id: 'icp-partnership', asOf: '2021-09-01' }));
  assert.equal(proposed.definition, 'A joint committee the Bill proposes.');
  assert.equal(statusLine(proposed, english), 'Proposed · since 6 July 2021');
  assert.equal(changeNote(proposed, english), 'Current from 1 July 2022.');
  const current = found(glossary.lookup({ id: 'icp-partnership', asOf: '2023-01-01' }));
  assert.equal(statusLine(current, english), 'Current · since 1 July 2022');
});

test('a date settles a sense; an id settles it too; a sense not yet in use is never offered', () => {
  const now = found(glossary.lookup({ text: 'ICP', asOf: '2024-01-01' }));
  assert.equal(now.entry.id, 'icp-partnership');
  const then = glossary.lookup({ text: 'ICP', asOf: '2019-06-01' });
  assert.equal(found(then).entry.id, 'icp-provider');
  assert.deepEqual(then.kind === 'found' && then.otherSenses.map((e) => e.id), ['icp-partnership']);
  // Proposed in a Bill while the provider contract had ended: only the partnership was in use.
  const bill = glossary.lookup({ text: 'ICP', asOf: '2022-03-01' });
  assert.equal(found(bill).entry.id, 'icp-partnership');
  // Neither yet: both are listed, each saying so.
  const early = glossary.lookup({ text: 'ICP', asOf: '2016-06-01' });
  assert.deepEqual(early.kind === 'ambiguous' && early.senses.map((s) => s.status), ['not-yet', 'not-yet']);
  assert.equal(found(glossary.lookup({ id: 'icp-provider', text: 'ICP', asOf: '2024-01-01' })).entry.id, 'icp-provider');
  const both = glossary.lookup({ text: 'ICO' });
  assert.equal(both.kind, 'ambiguous');
  assert.deepEqual(both.kind === 'ambiguous' && both.senses.map((s) => s.entry.id), ['ico-org', 'ico-commissioner']);
  assert.equal(glossary.lookup({ id: 'nope', text: 'ICB' }).kind, 'unknown');
  assert.equal(glossary.lookup({ text: 'XYZ' }).kind, 'unknown');
});

test('lookups are remembered up to a bound, however many dates a page shows', () => {
  const g = loadGlossary(entries);
  const first = g.lookup({ text: 'ICS', asOf: '2019-01-07' });
  assert.equal(g.lookup({ text: 'ICS', asOf: '2019-01-07' }), first, 'the same answer object, not worked out again');
  for (let day = 0; day < 5000; day++) {
    const date = new Date(Date.UTC(2013, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    g.lookup({ text: 'ICS', asOf: date });
  }
  assert.equal(g.rememberedLookups, LOOKUP_MEMORY);
});

test('dates and labels follow the page language and the strings in force', () => {
  const sense = found(glossary.lookup({ text: 'CCGs', asOf: '2019-01-07' }));
  const welsh = phrasingFor({ ...DEFAULT_STRINGS, statusCurrent: 'Cyfredol', since: 'ers' }, 'cy');
  assert.equal(statusLine(sense, welsh), 'Cyfredol · ers 1 Ebrill 2013');
  const french = phrasingFor({ ...DEFAULT_STRINGS, statusFromReplaced: '{status} à partir du {date}, remplacé par {successor}.', statusAbolished: 'Supprimé' }, 'fr');
  assert.equal(changeNote(sense, french), 'Supprimé à partir du 1 juillet 2022, remplacé par ICB.');
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
  const inLang = (lang: string) => phrasingFor(DEFAULT_STRINGS, lang);
  assert.equal(formatDate('2022-07-01', inLang('en')), '1 July 2022');
  assert.equal(formatDate('2018-02', inLang('en-GB')), 'February 2018');
  assert.equal(formatDate('2016', inLang('en')), '2016');
  assert.equal(formatDate('2022-07-01', inLang('en-US')), 'July 1, 2022');
  assert.equal(formatDate('2022-07-01', inLang('not a language!')), '1 July 2022');
  const named = phrasingFor({ ...DEFAULT_STRINGS, months: 'I,II,III,IV,V,VI,VII,VIII,IX,X,XI,XII', dateDay: '{year}/{month}/{day}' }, 'xx');
  assert.equal(formatDate('2022-07-01', named), '2022/VII/1');
  assert.equal(formatDate('2018-02', named), 'II 2018');
  // A British page whose site gave month names that are not twelve is dated by Intl, in full.
  const short = phrasingFor({ ...DEFAULT_STRINGS, months: 'Jan,Feb' }, 'en-GB');
  assert.equal(formatDate('2022-07-01', short), '1 July 2022');
  assert.equal(formatDate('2018-02', short), 'February 2018');
});

test('dates on British English pages read as Intl writes them in en-GB, for every date in the glossary', () => {
  const dates = new Set<string>();
  JSON.stringify(bundledData, (_, value: unknown) => (typeof value === 'string' && isIsoDate(value) && dates.add(value), value));
  assert.ok(dates.size > 50, `${dates.size} dates`);
  const precision: Intl.DateTimeFormatOptions[] = [{ year: 'numeric' }, { year: 'numeric', month: 'long' }, { year: 'numeric', month: 'long', day: 'numeric' }];
  for (const lang of ['', 'en', 'EN-gb']) {
    for (const date of dates) {
      const [y, m = 1, d = 1] = date.split('-').map(Number);
      const parts = date.split('-').length;
      const intl = new Intl.DateTimeFormat('en-GB', { ...precision[parts - 1], timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m - 1, d)));
      assert.equal(formatDate(date, phrasingFor(DEFAULT_STRINGS, lang)), intl, `${date} in "${lang}"`);
    }
  }
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

test('bundled glossary: built through the same checks as a custom one, and no entry fails them', () => {
  assert.deepEqual(bundledGlossary.issues.map(describeIssue), []);
  assert.equal(bundledGlossary.entries.length, bundledData.entries.length);
  assert.ok(bundledGlossary.entries.length >= 60);
});

test('bundled glossary: no written form maps to two entries unless they are senses of one term', () => {
  for (const [form, senses] of bundledGlossary.words.keys()) {
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
  assert.equal(found(bundledGlossary.lookup({ text: 'CCGs', asOf: '2019-01-07' })).status, 'current');
  assert.equal(found(bundledGlossary.lookup({ text: 'CCG' })).status, 'abolished');
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
