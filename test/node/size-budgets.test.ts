import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// @ts-expect-error: a plain JavaScript module of the bench, without type declarations.
import { verdictOf } from '../../bench/sizes/budgets.js';

const KIB = 1024;

test('a size under its target passes, whether or not a ceiling is set', () => {
  assert.deepEqual(verdictOf({ actual: 11 * KIB, budget: 12 * KIB }), { status: 'pass', limit: 12 * KIB });
  assert.deepEqual(verdictOf({ actual: 11 * KIB, budget: 12 * KIB, ceiling: 14 * KIB }), { status: 'pass', limit: 12 * KIB });
});

test('a missed target is held at its ceiling, and growing past the ceiling fails', () => {
  assert.deepEqual(verdictOf({ actual: 13 * KIB, budget: 12 * KIB, ceiling: 14 * KIB }), { status: 'held', limit: 14 * KIB });
  assert.deepEqual(verdictOf({ actual: 15 * KIB, budget: 12 * KIB, ceiling: 14 * KIB }), { status: 'over', limit: 14 * KIB });
});

test('a missed target with no ceiling fails', () => {
  assert.deepEqual(verdictOf({ actual: 13 * KIB, budget: 12 * KIB }), { status: 'over', limit: 12 * KIB });
});

test('every budget has a target, and a ceiling comes with its reason and lies above its target', () => {
  const budgets = JSON.parse(readFileSync(new URL('../../scripts/size-budgets.json', import.meta.url), 'utf8'));
  for (const key of ['handMarkedPage', 'autotagPage', 'serverTaggedPage', 'allCode', 'allData']) {
    const { target, ceiling, why } = budgets[key];
    assert.equal(typeof target, 'number', key);
    if (ceiling !== undefined) {
      assert.ok(ceiling > target, `${key}: ceiling above target`);
      assert.ok(typeof why === 'string' && why.length > 0, `${key}: why`);
    }
  }
});
