import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, parseFragment } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { isTag, type AnyNode, type Element } from 'domhandler';
import { compile } from 'css-select';
import { compileSelector, type SelectorContext } from '../../src/tag/selector.ts';
import { corpus } from '../fixtures/corpus.ts';

const PAGE =
  '<article id="Main" class="post Aside"><h2>Title</h2><p title="Hello World" lang="en-GB">One <em>two</em></p>' +
  '<p class="x">Three</p><p></p></article><ul><li>a</li><li>b</li></ul>';

function elementsOf(node: AnyNode): Element[] {
  const out: Element[] = [];
  const stack = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (isTag(next)) out.push(next);
    if ('children' in next) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return out;
}

/** The elements of the page the selector matches, each as its name and first words. */
function matched(selector: string, html = PAGE, context: SelectorContext = {}): string[] {
  const root = context.document ? parse(html, { treeAdapter: adapter }) : parseFragment(html, { treeAdapter: adapter });
  const matches = compileSelector(selector, context);
  return elementsOf(root)
    .filter(matches)
    .map((element) => `${element.name}${element.children[0] && 'data' in element.children[0] ? ` ${element.children[0].data.trim()}` : ''}`);
}

test('the selectors a browser takes: pseudo-classes, sibling combinators, :not(), :is(), :has()', () => {
  assert.deepEqual(matched('p:not(.x)'), ['p One', 'p']);
  assert.deepEqual(matched('h2 + p'), ['p One']);
  assert.deepEqual(matched('h2 ~ p'), ['p One', 'p Three', 'p']);
  assert.deepEqual(matched('li:first-child, p:last-child'), ['p', 'li a']);
  assert.deepEqual(matched('p:nth-of-type(2)'), ['p Three']);
  assert.deepEqual(matched('p:empty'), ['p']);
  assert.deepEqual(matched(':is(h2, em)'), ['h2 Title', 'em two']);
  assert.deepEqual(matched('p:has(> em)'), ['p One']);
  assert.deepEqual(matched('article > p em'), ['em two']);
  assert.deepEqual(matched('p:lang(en)'), ['p One']);
});

test('names ignore case; attribute values keep it, unless the selector says i', () => {
  assert.deepEqual(matched('P[TITLE]'), ['p One']);
  assert.deepEqual(matched('[title="hello world"]'), []);
  assert.deepEqual(matched('[title="hello world" i]'), ['p One']);
  assert.deepEqual(matched('[title^=Hello][title$=World][title*="o W"]'), ['p One']);
  assert.deepEqual(matched('[lang|=en]'), ['p One']);
  assert.deepEqual(matched('[class~=Aside]'), ['article']);
});

test('classes and ids match in any case in quirks mode, as a browser matches them', () => {
  assert.deepEqual(matched('.aside, #main'), []);
  assert.deepEqual(matched('.aside, #main', PAGE, { quirks: true }), ['article']);
});

test(':root is <html> in a whole document, and nothing in a fragment', () => {
  assert.deepEqual(matched(':root'), []);
  assert.deepEqual(matched(':root', `<!DOCTYPE html>${PAGE}`, { document: true }), ['html']);
});

test('refuses what a browser would refuse or match differently, naming the selector', () => {
  const refused = [
    'p:hover', 'p::before', '[x', 'p,', '.', '#', 'svg|a', ':contains(x)', ':header', '[a!=b]', '> p', ':scope > p',
    'p:read-only', 'p:focus-within', 'a || b',
  ];
  for (const selector of refused) {
    assert.throws(() => compileSelector(selector), (error: Error) => error instanceof SyntaxError && error.message.includes(`"${selector}"`), selector);
  }
});

test('descendant combinators, worked out top-down, match as css-select alone matches them', () => {
  const selectors = [
    'p em', 'ul li', 'div p b', 'ul li ul li', 'section p em, ul li i', 'div > p em', 'blockquote p > em', 'table td b i',
    'p ~ ul li', 'h2 + p em', 'div p:first-child span', ':not(a) em', 'li:last-child b', '* *', 'body p', 'td i',
    'p :is(b, i) span', 'section > p span.x', 'div ul > li > b', 'ul > li i',
  ];
  let matches = 0;
  for (const html of corpus(60, 31)) {
    const root = parseFragment(html, { treeAdapter: adapter });
    for (const selector of selectors) {
      const ours = compileSelector(selector);
      const theirs = compile<AnyNode, Element>(selector);
      for (const element of elementsOf(root)) {
        assert.equal(ours(element), theirs(element), `${selector} on <${element.name}> in ${JSON.stringify(html)}`);
        if (ours(element)) matches++;
      }
    }
  }
  assert.ok(matches > 500, `only ${matches} matches`);
});
