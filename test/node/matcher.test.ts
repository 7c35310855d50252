import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileMatcher } from '../../src/match/matcher.ts';
import { compileForms } from '../../src/match/pattern.ts';
import { loadGlossary } from '../../src/model/load.ts';
import { fixtureData, fixtureGlossary } from '../fixtures/glossary.ts';

const matcher = compileMatcher(fixtureGlossary);

/** Each match as "text=id|id". */
function found(text: string, terms?: string[]): string[] {
  return compileMatcher(fixtureGlossary, { terms })
    .find(text)
    .map((m) => `${m.text}=${m.entries.map((e) => e.id).join('|')}`);
}

test('finds acronyms as whole words only', () => {
  assert.deepEqual(found('The ICB met. xICB, ICBx, ICB2 and _ICB are not terms.'), ['ICB=icb']);
});

test('acronyms are case-sensitive; phrases are not', () => {
  assert.deepEqual(found('icb Icb ICBS icbs'), []);
  assert.deepEqual(found('Integrated care board, INTEGRATED CARE BOARD and integrated care board'), [
    'Integrated care board=icb',
    'INTEGRATED CARE BOARD=icb',
    'integrated care board=icb',
  ]);
});

test('plurals and possessives, with straight and curly apostrophes', () => {
  assert.deepEqual(found("ICSs, ICBs, ICB's, ICB’s, STPs', STPs’ and CCGs"), [
    'ICSs=ics',
    'ICBs=icb',
    "ICB's=icb",
    'ICB’s=icb',
    "STPs'=stp",
    'STPs’=stp',
    'CCGs=ccg',
  ]);
  assert.deepEqual(found('clinical commissioning groups’ budgets'), ['clinical commissioning groups’=ccg']);
});

test('hyphens and any run of white space inside a phrase', () => {
  assert.deepEqual(found('integrated care-\nboard and integrated\n\t  care board and integrated\u00a0care\u00adboard'), [
    'integrated care-\nboard=icb',
    'integrated\n\t  care board=icb',
    'integrated\u00a0care\u00adboard=icb',
  ]);
  assert.deepEqual(found('a place based\npartnership, a long term plan and a long-term plan'), [
    'place based\npartnership=place-based-partnership',
    'long term plan=ltp',
    'long-term plan=ltp',
  ]);
});

test('slash forms, falling back to the shorter form when the longer is in the wrong case', () => {
  assert.deepEqual(found('NHSE/I, NHSE/i, NHSE/NHSI and NHSE'), ['NHSE/I=nhsei', 'NHSE=nhs-england', 'NHSE=nhs-england', 'NHSE=nhs-england']);
});

test('the longest form wins', () => {
  assert.deepEqual(found('the integrated care board and integrated care'), [
    'integrated care board=icb',
    'integrated care=integrated-care',
  ]);
  assert.deepEqual(found('an ICP contract, an ICP'), ['ICP contract=icp-provider', 'ICP=icp-partnership|icp-provider']);
});

test('a form ending in a year has no plural, and separators may not dangle at the end', () => {
  assert.deepEqual(found('the Health and Care Act 2022s and the Health and Care Act 2022’s aims'), [
    'Health and Care Act 2022’s=hca-2022',
  ]);
  assert.deepEqual(found('integrated care- and more'), ['integrated care=integrated-care']);
});

test('entries with autotag: false are not matched in running text', () => {
  assert.deepEqual(found('a place, two places'), []);
  assert.ok(fixtureGlossary.senses('place').length === 1, 'the glossary itself still knows the word');
});

test('terms restricts the entries, and a shared form then names only the allowed one', () => {
  assert.deepEqual(found('ICB and ICS and ICP', ['ics', 'icp-partnership']), ['ICS=ics', 'ICP=icp-partnership']);
  assert.deepEqual(found('ICB', []), []);
  assert.deepEqual(found('a place', ['place']), [], 'terms narrows the set; it does not override autotag: false');
});

test('matches carry exact offsets into the text', () => {
  const text = 'Our ICB’s plan:\n integrated   care board.';
  for (const match of matcher.find(text)) assert.equal(text.slice(match.start, match.end), match.text);
  assert.equal(matcher.find(text).length, 2);
});

test('letters of other scripts and digits count as word characters', () => {
  assert.deepEqual(found('éICB ICBé 1ICB ICB1 (ICB) «ICB»'), ['ICB=icb', 'ICB=icb']);
});

test('case is folded as Unicode folds it, and forms may start with punctuation', () => {
  const entry = (id: string, term: string) => ({ ...fixtureData.entries[0]!, id, term, expansion: undefined });
  const glossary = loadGlossary({ entries: [entry('kings-fund', 'king fund'), entry('strasse', 'Straße'), entry('dotnet', '.NET')] });
  const words = (text: string) => compileMatcher(glossary).find(text).map((m) => m.text);
  // The kelvin sign folds to "k", and the capital sharp s to "ß".
  assert.deepEqual(words('the \u212Aing fund, STRA\u1E9EE and stra\u00DFe'), ['\u212Aing fund', 'STRA\u1E9EE', 'stra\u00DFe']);
  assert.deepEqual(words('a .NET app, not a.NET'), ['.NET']);
});

test('the compiled matcher is reused for the same glossary and terms', () => {
  assert.equal(compileMatcher(fixtureGlossary), compileMatcher(fixtureGlossary));
  assert.equal(compileMatcher(fixtureGlossary, { terms: ['icb', 'ics'] }), compileMatcher(fixtureGlossary, { terms: ['ics', 'icb', 'ics'] }));
  assert.notEqual(compileMatcher(fixtureGlossary, { terms: ['icb'] }), compileMatcher(fixtureGlossary));
  assert.notEqual(compileMatcher(loadGlossary(fixtureData)), compileMatcher(fixtureGlossary), 'one cache per glossary');
});

test('an empty glossary matches nothing', () => {
  assert.deepEqual(compileMatcher(loadGlossary({ entries: [] })).find('ICB'), []);
});

test('forms are filed in a trie: one walk from a place finds every form that starts there, longest first', () => {
  // Structure, not timing: 2,000 forms that share a prefix are passed through once, not tried in turn.
  const search = compileForms([
    'icb',
    'integrated care',
    'integrated care board',
    ...Array.from({ length: 2000 }, (_, i) => `extra phrase ${i}`),
  ]);
  const found: Array<[number, readonly number[]]> = [];
  search('The Integrated-care board met ICB; an extra phrase 1999, extra phrase 19999', (start, ends) => {
    if (ends.length > 0) found.push([start, ends]);
    return start + 1;
  });
  assert.deepEqual(found, [[4, [25, 19]], [30, [33]], [38, [55]]]);
});

test('an alias thousands of characters long compiles and matches (the trie is as deep as the form)', () => {
  const alias = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ').slice(0, 3000).trim();
  const glossary = loadGlossary({
    entries: [{ ...fixtureData.entries[0]!, aliases: [alias, `${alias} extra`] }],
  });
  const text = `Before ${alias.replaceAll(' ', '\n ')} after, and the ICS.`;
  assert.deepEqual(
    compileMatcher(glossary).find(text).map((m) => m.text.length),
    [alias.length + alias.split(' ').length - 1, 3],
  );
});
