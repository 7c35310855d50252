import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileSelector, type SelectorTree } from '../../src/tag/selector.ts';

interface El {
  name: string;
  attrs: Record<string, string>;
  parent: El | null;
}
const el = (name: string, attrs: Record<string, string> = {}, parent: El | null = null): El => ({ name, attrs, parent });
const tree: SelectorTree<El> = {
  name: (e) => e.name,
  attribute: (e, name) => e.attrs[name] ?? null,
  parent: (e) => e.parent,
};
const matches = (selector: string, element: El) => compileSelector(selector, tree)(element);

const article = el('article', { class: 'post aside', id: 'main' });
const section = el('section', { 'data-x': '1', lang: 'en-GB' }, article);
const p = el('p', { title: 'Hello World' }, section);
const em = el('em', {}, p);

test('type, universal, id and class selectors, in lists', () => {
  assert.ok(matches('em', em));
  assert.ok(matches('EM', em), 'element names ignore case, as in HTML');
  assert.ok(matches('*', em));
  assert.ok(matches('#main', article));
  assert.ok(matches('.aside', article));
  assert.ok(matches('article.post.aside#main', article));
  assert.ok(!matches('.post.other', article));
  assert.ok(matches('h1, h2, em', em));
  assert.ok(!matches('h1, h2', em));
});

test('attribute selectors', () => {
  assert.ok(matches('[data-x]', section));
  assert.ok(matches('[DATA-X]', section), 'attribute names ignore case');
  assert.ok(matches('[data-x="1"]', section));
  assert.ok(matches("[data-x='1']", section));
  assert.ok(matches('[data-x=1]', section));
  assert.ok(!matches('[data-x="2"]', section));
  assert.ok(matches('[lang|=en]', section));
  assert.ok(matches('[class~=aside]', article));
  assert.ok(matches('[title^="Hello"]', p));
  assert.ok(matches('[title$=World]', p));
  assert.ok(matches('[title*="o W"]', p));
  assert.ok(!matches('[title="hello world"]', p));
  assert.ok(matches('[title="hello world" i]', p));
  assert.ok(!matches('[title^=""]', p), 'an empty prefix matches nothing, as in CSS');
});

test('descendant and child combinators', () => {
  assert.ok(matches('article em', em));
  assert.ok(matches('.aside p em', em));
  assert.ok(matches('section > p > em', em));
  assert.ok(matches('article > section em', em));
  assert.ok(!matches('article > p', p));
  assert.ok(!matches('em p', p));
  assert.ok(matches('  article   >   section  ', section), 'white space around the selector and combinators');
});

test('refuses what it cannot match, naming the selector at fault', () => {
  for (const selector of ['p:hover', 'a + b', 'a ~ b', 'p::before', '[x', 'p,', '', '.', '#', 'svg|a', '[x="1" s]', ':not(p)']) {
    assert.throws(() => compileSelector(selector, tree), SyntaxError, selector);
  }
  assert.throws(() => compileSelector('h1, p:hover, em', tree), /selector "p:hover"/);
});
