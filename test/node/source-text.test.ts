import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTag, isText, type AnyNode, type Text } from 'domhandler';
import { defaultTreeAdapter as tree, parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { isWholeDocument } from '../../src/tag/html.ts';
import { parseSourceText } from '../../src/tag/source-text.ts';
import { corpus } from '../fixtures/corpus.ts';
import { MXSS_INPUTS } from '../fixtures/mxss.ts';

function textsOf(node: AnyNode): Text[] {
  const out: Text[] = [];
  const stack = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (isText(next)) out.push(next);
    if ('children' in next && !(isTag(next) && next.name === 'template')) {
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
    }
  }
  return out;
}

/**
 * For each word of the text nodes of `html` that contain it, what the source holds where the tagger
 * would place that word, or null where it would not place it.
 */
function placed(html: string, word: string, document = false): Array<string | null> {
  const { root, text: textOf, locate } = parseSourceText(html, document);
  return textsOf(root).flatMap((text) => {
    const ranges = [...textOf(text).matchAll(new RegExp(word, 'g'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return locate(text, ranges).map((place) => (place ? html.slice(...place) : null));
  });
}

test('text written as it reads is placed where it is written', () => {
  assert.deepEqual(placed('<p>The ICB and the ICB</p>', 'ICB'), ['ICB', 'ICB']);
  assert.deepEqual(placed('<!DOCTYPE html><title>ICB</title><p>ICB', 'ICB', true), ['ICB', 'ICB']);
});

test('character references and CR LF line breaks are placed as written, whole', () => {
  assert.deepEqual(placed('<p>I&#67;B &#x49;CB IC&#66 integrated&#10;care a&nbsp;b</p>', 'ICB'), ['I&#67;B', '&#x49;CB', 'IC&#66']);
  assert.deepEqual(placed('<p>integrated&#10;care, integrated\r\ncare, integrated\rcare</p>', 'integrated\ncare'), [
    'integrated&#10;care',
    'integrated\r\ncare',
    'integrated\rcare',
  ]);
  assert.deepEqual(placed('<p>a&nbsp;b</p>', 'a\u00a0b'), ['a&nbsp;b']);
});

test('a range that ends inside a character reference or a CR LF is not placed', () => {
  // &NotEqualTilde; is two code points, and a CR LF one line feed for two characters.
  assert.deepEqual(placed('<p>x&NotEqualTilde;y</p>', 'x\u2242'), [null]);
  assert.deepEqual(placed('<p>x&NotEqualTilde;y</p>', '\u0338y'), [null]);
  assert.deepEqual(placed('<p>x&#x1F600;y</p>', 'x\ud83d'), [null]);
  assert.deepEqual(placed('<p>x&#x1F600;y</p>', 'x\ud83d\ude00'), ['x&#x1F600;']);
});

test('the line break a parser drops after <pre> or <listing> is not counted', () => {
  assert.deepEqual(placed('<pre>\n\nICB</pre><listing>\r\n\nICB</listing><pre>\nICB</pre>', 'ICB'), ['ICB', 'ICB', 'ICB']);
  assert.deepEqual(placed('<pre>&#10;&#10;ICB</pre>', 'ICB'), ['ICB']);
});

test('text merged across markup the parser ignores or drops is placed only away from it', () => {
  // The space after the first </span> has no certain place, nor does the third ICB.
  assert.deepEqual(placed('<p>ICB</span> ICB IC</span>B ICB</p>', 'ICB'), ['ICB', 'ICB', null, 'ICB']);
  assert.deepEqual(placed('<p>ICB</span> ICB IC</span>B ICB</p>', 'ICB ICB'), [null, null]);
  assert.deepEqual(placed('<p>ICB</span> ICB IC</span>B ICB</p>', ' ICB'), [null, null, ' ICB']);
  assert.deepEqual(placed('<p>a\0b ICB</p>', 'ab'), [null]);
  assert.deepEqual(placed('<p>a\0b ICB</p>', 'ICB'), ['ICB']);
});

test('text a browser moves out of a table has no place', () => {
  assert.deepEqual(placed('<table>ICB<tr><td>ICB</td></tr>ICB</table>', 'ICB'), [null, null, 'ICB']);
});

test('each text node reads as the parser read it, on the corpus and the mutation XSS inputs', () => {
  const inputs = [
    ...corpus(200, 7),
    ...MXSS_INPUTS,
    '<p>a</span>b&amp;c\0d\r\ne<table>f<tr>g</table><pre>\n\nh</pre>',
    'x integrated&#10;<table>care&#10;board<tr>and&#32;more</table>',
    '<svg><![CDATA[a&amp;b]]>c&amp;d</svg><script>e&amp;f</script><title>g&amp;h</title>',
  ];
  inputs.forEach((html, index) => {
    const document = isWholeDocument(html);
    const source = parseSourceText(html, document);
    const root = document ? parse(html) : parseFragment(html);
    const parsedTexts: string[] = [];
    const stack: T.Node[] = [root];
    for (let next = stack.pop(); next; next = stack.pop()) {
      if (tree.isTextNode(next)) parsedTexts.push(next.value);
      const children = (next as T.ParentNode).childNodes ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    assert.deepEqual(textsOf(source.root).map(source.text), parsedTexts, `input ${index}: ${JSON.stringify(html)}`);
  });
});
