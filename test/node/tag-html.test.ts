import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultTreeAdapter as tree, parse, parseFragment, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { bundledGlossary } from '../../src/bundled.ts';
import { compileMatcher } from '../../src/match/matcher.ts';
import { skipSelector } from '../../src/tag/exclude.ts';
import { tagHtml } from '../../src/tag/html.ts';
import { compileSelector } from '../../src/tag/selector.ts';
import type { TagOptions } from '../../src/tag/session.ts';
import { corpus, prng } from '../fixtures/corpus.ts';
import { fixtureGlossary } from '../fixtures/glossary.ts';

const tag = (html: string, options: TagOptions = {}) => tagHtml(html, { glossary: fixtureGlossary, ...options });
const isDocument = (html: string) => /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype|html|head|body)[\s/>]/i.test(html);
const parsed = (html: string): T.ParentNode => (isDocument(html) ? parse(html) : parseFragment(html));

function textOf(node: T.Node): string {
  if (tree.isTextNode(node)) return node.value;
  const parent = node as T.ParentNode;
  const children = tree.isElementNode(node) && node.tagName === 'template' ? (node as T.Template).content.childNodes : parent.childNodes ?? [];
  return children.map(textOf).join('');
}

function elements(node: T.ParentNode, out: T.Element[] = []): T.Element[] {
  for (const child of node.childNodes) {
    if (tree.isElementNode(child)) {
      out.push(child);
      elements(child, out);
    }
  }
  return out;
}

/** The tree with every `<ics-term>` replaced by its children, serialised. */
function withoutTerms(html: string): string {
  const root = parsed(html);
  for (const term of elements(root).filter((e) => e.tagName === 'ics-term')) {
    for (const child of [...term.childNodes]) tree.insertBefore(term.parentNode!, child, term);
    tree.detachNode(term);
  }
  return serialize(root).replace(/<\/?ics-term[^>]*>/g, '');
}

test('wraps each first appearance in <ics-term> with the entry id, leaving other text alone', () => {
  assert.equal(
    tag('<p>The ICB and the ICS. The ICB again.</p>'),
    '<p>The <ics-term term="icb">ICB</ics-term> and the <ics-term term="ics">ICS</ics-term>. The ICB again.</p>',
  );
});

test('all appearances with firstOnly: false', () => {
  assert.equal(
    tag('<p>ICB, ICBs and an integrated care board</p>', { firstOnly: false }),
    '<p><ics-term term="icb">ICB</ics-term>, <ics-term term="icb">ICBs</ics-term> and an <ics-term term="icb">integrated care board</ics-term></p>',
  );
});

test('firstOnly counts an entry once whichever form it appears in, and a term with several senses as all of them', () => {
  assert.equal(tag('<p>ICBs, then ICB</p>'), '<p><ics-term term="icb">ICBs</ics-term>, then ICB</p>');
  assert.equal(tag('<p>ICP, then ICP contract</p>'), '<p><ics-term>ICP</ics-term>, then ICP contract</p>');
});

test('a sense spelled out settles the bare acronym after it: not tagged again, or tagged as that sense', () => {
  assert.equal(tag('<p>ICP contract, then ICP</p>'), '<p><ics-term term="icp-provider">ICP contract</ics-term>, then ICP</p>');
  assert.equal(
    tag('<p>an integrated care partnership (ICP); the ICP</p>', { firstOnly: false }),
    '<p>an <ics-term term="icp-partnership">integrated care partnership</ics-term> (<ics-term term="icp-partnership">ICP</ics-term>); the <ics-term term="icp-partnership">ICP</ics-term></p>',
  );
  // The last sense spelled out wins.
  assert.equal(
    tag('<p>integrated care partnership, integrated care provider, ICP</p>', { firstOnly: false }),
    '<p><ics-term term="icp-partnership">integrated care partnership</ics-term>, <ics-term term="icp-provider">integrated care provider</ics-term>, <ics-term term="icp-provider">ICP</ics-term></p>',
  );
  // Without a sense spelled out or a date, the element chooses by the text and the page's date.
  assert.equal(tag('<p>the ICP</p>'), '<p>the <ics-term>ICP</ics-term></p>');
});

test('terms already on the page count as tagged, so tagging twice changes nothing', () => {
  assert.equal(tag('<p><ics-term>ICB</ics-term> and ICB</p>'), '<p><ics-term>ICB</ics-term> and ICB</p>');
  assert.equal(tag('<p><ics-term term="icb">the board</ics-term> and ICB</p>'), '<p><ics-term term="icb">the board</ics-term> and ICB</p>');
  const once = tag('<p>ICB, ICS, ICP and NHSE/I</p>');
  assert.equal(tag(once), once);
});

test('no term attribute when the form has several senses', () => {
  assert.equal(tag('<p>The ICP</p>'), '<p>The <ics-term>ICP</ics-term></p>');
  assert.equal(tag('<p>The ICP</p>', { terms: ['icp-provider'] }), '<p>The <ics-term term="icp-provider">ICP</ics-term></p>');
});

test('as-of is set on every new term, escaped', () => {
  assert.equal(tag('<p>ICB</p>', { asOf: '2019-01-07' }), '<p><ics-term term="icb" as-of="2019-01-07">ICB</ics-term></p>');
  assert.equal(tag('<p>ICB</p>', { asOf: '"&' }), '<p><ics-term term="icb" as-of="&quot;&amp;">ICB</ics-term></p>');
});

test('skips links, buttons, headings, code, scripts, form fields, editors, existing terms and [data-ics-skip]', () => {
  const skipped = [
    '<a href="#">ICB</a>',
    '<button>ICB</button>',
    '<h1>ICB</h1>',
    '<h6>ICB</h6>',
    '<code>ICB</code>',
    '<pre>ICB</pre>',
    '<kbd>ICB</kbd>',
    '<samp>ICB</samp>',
    '<script>ICB</script>',
    '<style>ICB{}</style>',
    '<template>ICB</template>',
    '<textarea>ICB</textarea>',
    '<select><option>ICB</option></select>',
    '<div contenteditable="true">ICB</div>',
    '<div contenteditable="false">ICB</div>',
    '<ics-term>ICB</ics-term>',
    '<div data-ics-skip=""><p><b>ICB</b></p></div>',
    '<label>ICB</label>',
    '<svg><text>ICB</text></svg>',
  ];
  for (const html of skipped) assert.equal(tag(`${html}<p>ICS</p>`), `${html}<p><ics-term term="ics">ICS</ics-term></p>`, html);
});

test('exclude replaces the default exclusions; links, scripts and the like stay skipped', () => {
  const html = '<h2>ICB</h2><section class="aside"><p>ICS</p></section><a href="#">ICP</a><p>CCG</p>';
  assert.equal(
    tag(html, { exclude: '.aside' }),
    '<h2><ics-term term="icb">ICB</ics-term></h2><section class="aside"><p>ICS</p></section><a href="#">ICP</a><p><ics-term term="ccg">CCG</ics-term></p>',
  );
  assert.equal(
    tag('<div><p>ICB</p></div><p>ICS <em>CCG</em></p>', { exclude: 'div > p, p > em' }),
    '<div><p>ICB</p></div><p><ics-term term="ics">ICS</ics-term> <em>CCG</em></p>',
  );
  assert.throws(() => tag('<p>ICB</p>', { exclude: 'p:first-child' }), /unsupported or invalid selector "p:first-child"/);
});

test('terms limits the entries tagged', () => {
  assert.equal(tag('<p>ICB and ICS</p>', { terms: ['ics'] }), '<p>ICB and <ics-term term="ics">ICS</ics-term></p>');
});

test('the bundled glossary by default', () => {
  const html = '<p>The ICB, the ICS and NHS England.</p>';
  assert.equal(tagHtml(html), tagHtml(html, { glossary: bundledGlossary }));
  assert.match(tagHtml(html), /<ics-term term="icb">ICB<\/ics-term>/);
});

test('a whole document comes back as a document, a fragment as a fragment', () => {
  assert.equal(
    tag('<!DOCTYPE html><html><head><title>ICB</title></head><body><p>ICB</p></body></html>'),
    '<!DOCTYPE html><html><head><title>ICB</title></head><body><p><ics-term term="icb">ICB</ics-term></p></body></html>',
  );
  assert.equal(tag('<!-- page -->\n<html><body>ICB'), '<!-- page --><html><head></head><body><ics-term term="icb">ICB</ics-term></body></html>');
  assert.equal(tag('<body>ICB</body>'), '<html><head></head><body><ics-term term="icb">ICB</ics-term></body></html>');
  assert.equal(tag('ICB'), '<ics-term term="icb">ICB</ics-term>');
  assert.equal(tag('<td>ICB</td>'), '<td><ics-term term="icb">ICB</ics-term></td>', 'a fragment keeps parts that only fit in a table');
});

test('malformed HTML is repaired as a browser would, and none of its text is lost', () => {
  assert.equal(
    tag('<p>The <b>ICB <i>and</b> ICS</i> & a < b<p>CCG', { firstOnly: false }),
    '<p>The <b><ics-term term="icb">ICB</ics-term> <i>and</i></b><i> <ics-term term="ics">ICS</ics-term></i> &amp; a &lt; b</p><p><ics-term term="ccg">CCG</ics-term></p>',
  );
});

test('escapes text again: entities stay entities', () => {
  assert.equal(
    tag('<p>&lt;ICB&gt; &amp; ICS&nbsp;&#8217;s &quot;x&quot;</p>', { firstOnly: false }),
    '<p>&lt;<ics-term term="icb">ICB</ics-term>&gt; &amp; <ics-term term="ics">ICS</ics-term>&nbsp;’s "x"</p>',
  );
});

test('a phrase split by markup is not matched across elements', () => {
  assert.equal(tag('<p>integrated <b>care board</b></p>'), '<p>integrated <b>care board</b></p>');
});

test('deeply nested markup does not overflow the stack', () => {
  const html = `${'<div>'.repeat(20000)}ICB`;
  assert.match(tag(html), /<ics-term term="icb">ICB<\/ics-term>/);
});

test('randomized corpus: text kept, only terms added, none where skipped, each a whole match, idempotent', () => {
  const random = prng(99);
  const skipped = compileSelector(skipSelector(), {
    name: (e: T.Element) => e.tagName,
    attribute: (e, name) => e.attrs.find((a) => a.name === name)?.value ?? null,
    parent: (e) => (e.parentNode && tree.isElementNode(e.parentNode) ? e.parentNode : null),
  });
  const inSkipped = (element: T.Element) => {
    for (let up = element.parentNode; up && tree.isElementNode(up); up = up.parentNode) if (skipped(up)) return true;
    return false;
  };
  const matcher = compileMatcher(fixtureGlossary);
  corpus(400, 20240607).forEach((source, index) => {
    // Marks the authors' own terms, so that the new ones can be told apart.
    const input = source.replaceAll('<ics-term', '<ics-term data-author');
    const options: TagOptions = { firstOnly: random() < 0.6, asOf: random() < 0.3 ? '2020-04-01' : undefined };
    const output = tag(input, options);
    const where = `document ${index} of corpus(400, 20240607), options ${JSON.stringify(options)}: ${JSON.stringify(input)}`;
    assert.equal(textOf(parsed(output)), textOf(parsed(input)), `text changed in ${where}`);
    assert.equal(withoutTerms(output), withoutTerms(input), `more than terms added in ${where}`);
    assert.equal(tag(output, options), output, `not idempotent in ${where}`);

    const added = elements(parsed(output)).filter((e) => e.tagName === 'ics-term' && !e.attrs.some((a) => a.name === 'data-author'));
    const ids = added.map((term) => term.attrs.find((a) => a.name === 'term')?.value).filter((id) => id !== undefined);
    for (const term of added) {
      assert.ok(!inSkipped(term), `a term in skipped content in ${where}`);
      const text = textOf(term);
      assert.deepEqual(matcher.find(text).map((m) => m.text), [text], `"${text}" is not one whole match in ${where}`);
      assert.equal(term.attrs.find((a) => a.name === 'as-of')?.value, options.asOf);
    }
    if (options.firstOnly) assert.equal(new Set(ids).size, ids.length, `an entry tagged twice in ${where}`);
  });
});
