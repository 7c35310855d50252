import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileMatcher } from '../../src/match/matcher.ts';
import { inflections } from '../../src/model/forms.ts';
import { loadGlossary } from '../../src/model/load.ts';
import type { Entry } from '../../src/model/types.ts';
import { generateGlossary } from '../fixtures/generated-glossary.ts';
import { prng } from '../../scripts/prng.js';

// A custom glossary of 5,000 generated entries, and a few written to test what a large one must keep.
const { entries: generated } = generateGlossary(5000, 7);
const entry = (id: string, term: string, fields: Partial<Entry> = {}): Entry => ({ ...generated[0]!, aliases: undefined, id, term, ...fields });
const base = generated[41]!.expansion!;
// Made of the same words as the generated forms, so the walk passes through their branches.
const longAlias = generated.map((e) => e.expansion).join(' ').slice(0, 3000).replace(/ \S*$/, '');
const glossary = loadGlossary({
  entries: [
    ...generated,
    entry('long-alias', 'LAX', { aliases: [longAlias] }),
    entry('sense-one', 'ZQX', { expansion: undefined }),
    entry('sense-two', 'ZQX', { expansion: undefined }),
    entry('longer', 'LNGR', { expansion: `${base} review panel` }),
  ],
});

const ids = (written: string) => glossary.senses(written).map((e) => e.id).join('|');
const found = (text: string) => compileMatcher(glossary).find(text).map((m) => `${m.text}=${m.entries.map((e) => e.id).join('|')}`);

test('forms of 300 entries are found, however they are written, with all their senses', () => {
  const random = prng(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Phrases in any case, with hyphens or line breaks between words; acronyms as they are.
  const styles = [
    (phrase: string) => phrase.replace(/\b\w/g, (ch) => ch.toUpperCase()),
    (phrase: string) => phrase.toUpperCase(),
    (phrase: string) => phrase.replace(/ /g, () => pick(['-', '\n  ', ' '])),
    (phrase: string) => phrase,
  ];
  const written = Array.from({ length: 300 }, (_, i) => {
    const e = pick(generated);
    const form = pick(inflections([e.term, e.expansion!, e.aliases?.[0] ?? e.expansion!][i % 3]!)).replace("'", pick(["'", '’']));
    return i % 3 === 0 ? form : pick(styles)(form);
  });
  assert.deepEqual(glossary.issues, []);
  const expected = written.map((w) => `${w}=${ids(w)}`);
  assert.deepEqual(expected.filter((e) => e.endsWith('=')), [], 'each is a form the glossary knows');
  assert.deepEqual(found(written.join(', and the ')), expected);
});

test('a 3,000-character alias is found among 5,000 entries, across line breaks, and only as a whole', () => {
  assert.ok(longAlias.length > 2900);
  const broken = longAlias.replace(/ /g, (_, at: number) => (at % 7 === 0 ? '\n' : ' '));
  assert.deepEqual(found(`Before ${broken}. After`), [`${broken}=long-alias`]);
  // Cut short, it is no form; what is found instead are the forms it starts with.
  assert.ok(!found(`${longAlias.slice(0, -20)}.`).some((m) => m.endsWith('=long-alias')));
});

test('a term with two senses names both; the longest form wins over one it starts with', () => {
  assert.deepEqual(found('The ZQX met.'), ['ZQX=sense-one|sense-two']);
  assert.deepEqual(found(`the ${base} review panel, and the ${base} review`), [
    `${base} review panel=longer`,
    `${base}=${ids(base)}`,
  ]);
});

test('acronyms keep their case and whole words stay whole among 5,000 entries', () => {
  const { term } = generated[99]!;
  assert.deepEqual(found(`${term.toLowerCase()} x${term} ${term}x _${term} ${term}`), [`${term}=${ids(term)}`]);
});
