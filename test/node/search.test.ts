import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCatalogue, initialOf, visibleEntries } from '../../src/elements/glossary/catalogue.ts';
import { loadGlossary } from '../../src/model/load.ts';
import { fold, matchesAll, matchRanges, queryWords, splitByRanges } from '../../src/search/index.ts';
import { fixtureGlossary } from '../fixtures/glossary.ts';

/** The matched stretches of the original text. */
function marked(text: string, query: string): string[] {
  return matchRanges(fold(text), queryWords(query)).map((r) => text.slice(r.start, r.end));
}

test('folds case, accents and curly apostrophes', () => {
  assert.equal(fold('Intégrated CARE').folded, 'integrated care');
  assert.equal(fold('King’s Fund').folded, "king's fund");
  assert.equal(fold('ICB').origin, undefined, 'ASCII needs no map back');
});

test('query words are folded, split on white space and not repeated', () => {
  assert.deepEqual(queryWords('  Integrated   CARE care '), ['integrated', 'care']);
  assert.deepEqual(queryWords('   '), []);
});

test('every word must occur, in any order', () => {
  const haystack = fold('Integrated care board').folded;
  assert.equal(matchesAll(haystack, queryWords('care integrated')), true);
  assert.equal(matchesAll(haystack, queryWords('care trust')), false);
  assert.equal(matchesAll(haystack, []), true);
});

test('matches map back to the original characters, accents included', () => {
  assert.deepEqual(marked('Soins intégrés au café', 'integres CAFE'), ['intégrés', 'café']);
  assert.deepEqual(marked('Intégrated care', 'intégrated'), ['Intégrated']);
  // Already decomposed: the accent stays inside the match.
  assert.deepEqual(marked('cafe\u0301 society', 'cafe'), ['cafe\u0301']);
  // Characters outside the Basic Multilingual Plane count as one.
  assert.deepEqual(marked('𝒜 café', 'cafe'), ['café']);
  assert.deepEqual(marked('The King’s Fund', "king's"), ['King’s']);
});

test('overlapping and touching matches are joined; pieces cover the whole text', () => {
  const field = fold('integrated care');
  const ranges = matchRanges(field, queryWords('integr grated care'));
  assert.deepEqual(ranges, [
    { start: 0, end: 10 },
    { start: 11, end: 15 },
  ]);
  assert.deepEqual(splitByRanges(field.text, ranges), [
    { text: 'integrated', match: true },
    { text: ' ', match: false },
    { text: 'care', match: true },
  ]);
  assert.deepEqual(splitByRanges('', []), [{ text: '', match: false }]);
});

test('the catalogue sorts terms A–Z, groups senses and files digits apart', () => {
  const glossary = loadGlossary({
    entries: [
      { id: 'b', term: 'beta', definition: 'B.', category: 'concept', status: 'current', sources: [{ seed: 's' }] },
      { id: 'a2', term: 'Alpha', expansion: 'second', definition: 'A2.', category: 'law', status: 'current', sources: [{ seed: 's' }] },
      { id: 'ten', term: '10 Year Plan', definition: 'T.', category: 'plan', status: 'current', sources: [{ seed: 's' }] },
      { id: 'a1', term: 'Alpha', aliases: ['alpha one'], definition: 'A1.', category: 'law', status: 'current', sources: [{ seed: 's' }] },
      { id: 'e', term: 'Élan', definition: 'E.', category: 'concept', status: 'current', sources: [{ seed: 's' }] },
    ],
  });
  const catalogue = buildCatalogue(glossary, { date: '2024-01-01' });
  assert.deepEqual(catalogue.blocks.map((b) => b.letter), ['#', 'A', 'B', 'E']);
  assert.deepEqual(catalogue.entries.map((e) => e.entry.id), ['ten', 'a2', 'a1', 'b', 'e']);
  const alpha = catalogue.blocks[1]!.groups[0]!;
  assert.deepEqual(alpha.entries.map((e) => e.subtitle?.text), ['second', 'alpha one']);
  assert.deepEqual(alpha.entries[1]!.aliases, [], 'the alias shown as the subtitle is not repeated');
  assert.deepEqual(catalogue.categories, ['plan', 'law', 'concept']);
  assert.equal(initialOf('Élan'), 'E');
});

test('the catalogue lists a subset and links only to what it lists', () => {
  const catalogue = buildCatalogue(fixtureGlossary, { ids: ['ics', 'icp-partnership', 'icp-provider'], date: '2024-01-01' });
  assert.deepEqual(catalogue.entries.map((e) => e.entry.id), ['icp-partnership', 'icp-provider', 'ics']);
  const withRelated = loadGlossary({
    entries: [
      { id: 'x', term: 'X', definition: 'X.', category: 'concept', status: 'current', related: ['y', 'z'], sources: [{ seed: 's' }] },
      { id: 'y', term: 'Y', definition: 'Y.', category: 'concept', status: 'current', sources: [{ seed: 's' }] },
      { id: 'z', term: 'Z', definition: 'Z.', category: 'concept', status: 'current', sources: [{ seed: 's' }] },
    ],
  });
  const subset = buildCatalogue(withRelated, { ids: ['x', 'y'], date: '2024-01-01' });
  assert.deepEqual(subset.byId.get('x')!.related, [{ id: 'y', label: 'Y' }]);
});

test('filtering by words and category', () => {
  const catalogue = buildCatalogue(fixtureGlossary, { date: '2024-01-01' });
  const ids = (words: string, category?: string) =>
    [...visibleEntries(catalogue, { words: queryWords(words), category })].map((e) => e.entry.id);
  assert.deepEqual(ids('INTEGRATED care BOARD'), ['icb']);
  assert.deepEqual(ids('icp contract'), ['icp-provider'], 'aliases are searched');
  assert.equal(ids('').length, catalogue.entries.length);
  assert.deepEqual(ids('', 'law'), []);
});
