import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { isWholeDocument, tagHtml } from '../../src/tag/html.ts';
import { fixtureGlossary } from '../fixtures/glossary.ts';
import { parityCases, type ParityResult } from '../fixtures/parity-cases.ts';

const FIXTURE = new URL('../fixtures/parity.json', import.meta.url);

test('parity.json holds the server tagger’s current output (the browser test compares autotag with it)', () => {
  const expected: ParityResult[] = parityCases().map((c) => ({
    ...c,
    document: isWholeDocument(c.input),
    output: tagHtml(c.input, { ...c.options, glossary: fixtureGlossary }),
  }));
  if (process.env.UPDATE_FIXTURES) writeFileSync(FIXTURE, `${JSON.stringify(expected, null, 1)}\n`);
  const stored = JSON.parse(readFileSync(FIXTURE, 'utf8')) as ParityResult[];
  assert.deepEqual(stored, expected, 'out of date: run UPDATE_FIXTURES=1 node --import tsx --test test/node/parity.test.ts');
});
