import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultTreeAdapter as tree, parse, parseFragment, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { bundledGlossary } from '../../src/bundled.ts';
import { compileMatcher } from '../../src/match/matcher.ts';
import { loadGlossary } from '../../src/model/load.ts';
import { skipSelector } from '../../src/tag/exclude.ts';
import { isWholeDocument, tagHtml } from '../../src/tag/html.ts';
import type { TagOptions } from '../../src/tag/session.ts';
import { corpus, prng, soup } from '../fixtures/corpus.ts';
import { fixtureData, fixtureGlossary } from '../fixtures/glossary.ts';
import { MXSS_INPUTS } from '../fixtures/mxss.ts';
import { parityCases } from '../fixtures/parity-cases.ts';

const tag = (html: string, options: TagOptions = {}) => tagHtml(html, { glossary: fixtureGlossary, ...options });
const parsed = (html: string): T.ParentNode => (isWholeDocument(html) ? parse(html) : parseFragment(html));

/** A term the tagger adds: an attribute or two it writes, and text with no markup inside. */
const NEW_TERM = /<ics-term(?: term="[a-z0-9-]+")?(?: as-of="[^"]*")?>([^<]*)<\/ics-term>/g;
/** The output with the terms the tagger added taken out again, which must give back the input byte for byte. */
const withoutNewTerms = (html: string) => html.replace(NEW_TERM, '$1');

function textOf(node: T.Node): string {
  let text = '';
  const stack: T.Node[] = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (tree.isTextNode(next)) text += next.value;
    const children = tree.isElementNode(next) && next.tagName === 'template' ? (next as T.Template).content.childNodes : (next as T.ParentNode).childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return text;
}

function elements(root: T.ParentNode): T.Element[] {
  const out: T.Element[] = [];
  const stack = [...root.childNodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!tree.isElementNode(node)) continue;
    out.push(node);
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return out;
}

const isNewTerm = (element: T.Element) => element.tagName === 'ics-term' && !element.attrs.some((a) => a.name === 'data-author');

/** The tree a browser builds from `html`, with each new term replaced by its text, serialised. */
function treeWithoutNewTerms(html: string): string {
  const root = parsed(html);
  for (const term of elements(root).filter(isNewTerm)) {
    for (const child of [...term.childNodes]) tree.insertBefore(term.parentNode!, child, term);
    tree.detachNode(term);
  }
  return serialize(root);
}

/**
 * What must hold of any output: the input comes back byte for byte apart from the new terms, a
 * browser builds the same tree from it apart from them, and (unless `again` is false) tagging it again
 * changes nothing.
 */
function assertOnlyTermsAdded(input: string, options: TagOptions, where: string, again = true): string {
  const output = tag(input, options);
  assert.equal(withoutNewTerms(output), input, `more than terms added in ${where}`);
  assert.equal(treeWithoutNewTerms(output), serialize(parsed(input)), `the tree changed in ${where}`);
  if (again) assert.equal(tag(output, options), output, `not idempotent in ${where}`);
  return output;
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

test('as-of is set on every new term as given', () => {
  assert.equal(tag('<p>ICB</p>', { asOf: '2019-01-07' }), '<p><ics-term term="icb" as-of="2019-01-07">ICB</ics-term></p>');
  assert.equal(tag('<p>ICB</p>', { asOf: '2019-01-07T09:00Z' }), '<p><ics-term term="icb" as-of="2019-01-07T09:00Z">ICB</ics-term></p>');
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
    '<math><mtext>ICB</mtext></math>',
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
});

test('exclude takes any selector a browser takes: pseudo-classes, sibling combinators, :not(), :has()', () => {
  const html = '<h2>ICB</h2><p>ICS</p><p class="x">CCG</p><div><p>STP</p><p><em>LTP</em></p></div>';
  const termsIn = (exclude: string) => [...tag(html, { exclude, firstOnly: false }).matchAll(/term="([a-z-]+)"/g)].map((m) => m[1]);
  assert.deepEqual(termsIn('h2 + p'), ['icb', 'ccg', 'stp', 'ltp']);
  assert.deepEqual(termsIn('p:not(.x)'), ['icb', 'ccg']);
  assert.deepEqual(termsIn(':first-child'), ['ics', 'ccg']);
  assert.deepEqual(termsIn('div p:last-child, h2 ~ .x'), ['icb', 'ics', 'stp']);
  assert.deepEqual(termsIn('p:has(em), p:nth-of-type(1)'), ['icb', 'ccg']);
  assert.throws(() => tag('<p>ICB</p>', { exclude: 'p:first-chld' }), SyntaxError);
  assert.throws(() => tag('<p>ICB</p>', { exclude: 'p:contains(ICB)' }), /invalid or unsupported selector "p:contains\(ICB\)"/);
});

test('terms limits the entries tagged', () => {
  assert.equal(tag('<p>ICB and ICS</p>', { terms: ['ics'] }), '<p>ICB and <ics-term term="ics">ICS</ics-term></p>');
});

test('the bundled glossary by default', () => {
  const html = '<p>The ICB, the ICS and NHS England.</p>';
  assert.equal(tagHtml(html), tagHtml(html, { glossary: bundledGlossary }));
  assert.match(tagHtml(html), /<ics-term term="icb">ICB<\/ics-term>/);
});

test('the page comes back as written, with only the tags of the new terms added', () => {
  const cases: Array<[input: string, output: string, options?: TagOptions]> = [
    [
      '<!doctype html>\n<html>\n<head><title>ICB</title></head>\n<body>\n<p>ICB</p>\n</body>\n</html>\n',
      '<!doctype html>\n<html>\n<head><title>ICB</title></head>\n<body>\n<p><ics-term term="icb">ICB</ics-term></p>\n</body>\n</html>\n',
    ],
    ['<!-- page -->\n<html><body>ICB', '<!-- page -->\n<html><body><ics-term term="icb">ICB</ics-term>'],
    ['<p>caf&eacute; ICB &amp; ICS&nbsp;&#8217;s</p>\n', '<p>caf&eacute; <ics-term term="icb">ICB</ics-term> &amp; <ics-term term="ics">ICS</ics-term>&nbsp;&#8217;s</p>\n'],
    ['<table><tr><td>ICB</td></tr></table>', '<table><tr><td><ics-term term="icb">ICB</ics-term></td></tr></table>'],
    ['<td>ICB</td>', '<td><ics-term term="icb">ICB</ics-term></td>'],
    ['<pre>\n\nICB</pre>', '<pre>\n\n<ics-term term="icb">ICB</ics-term></pre>', { exclude: '' }],
    ['<listing>\r\n\nICB</listing>', '<listing>\r\n\n<ics-term term="icb">ICB</ics-term></listing>', { exclude: '' }],
    ['<textarea>\n\nICB</textarea><p>ICS</p>', '<textarea>\n\nICB</textarea><p><ics-term term="ics">ICS</ics-term></p>'],
    ['<p>ICS</p><plaintext>ICB</p>', '<p><ics-term term="ics">ICS</ics-term></p><plaintext>ICB</p>'],
    ['<select><div>ICB</div><option>ICS</select><p>ICS</p>', '<select><div>ICB</div><option>ICS</select><p><ics-term term="ics">ICS</ics-term></p>'],
    ['<P CLASS=x>ICB<BR>ICS</P>', '<P CLASS=x><ics-term term="icb">ICB</ics-term><BR><ics-term term="ics">ICS</ics-term></P>'],
    ['\ufeff<p>ICB</p>', '\ufeff<p><ics-term term="icb">ICB</ics-term></p>'],
    ['<p>The <b>ICB <i>and</b> ICS</i> & a < b<p>CCG', '<p>The <b><ics-term term="icb">ICB</ics-term> <i>and</b> <ics-term term="ics">ICS</ics-term></i> & a < b<p><ics-term term="ccg">CCG</ics-term>'],
  ];
  for (const [input, output, options = {}] of cases) {
    assert.equal(assertOnlyTermsAdded(input, options, JSON.stringify(input)), output);
  }
});

test('character references and line breaks inside a term are kept as written', () => {
  assert.equal(
    tag('<p>I&#67;B, integrated&#10;care&nbsp;board, &#x49;CS, integrated\r\ncare</p>', { firstOnly: false }),
    '<p><ics-term term="icb">I&#67;B</ics-term>, <ics-term term="icb">integrated&#10;care&nbsp;board</ics-term>, ' +
      '<ics-term term="ics">&#x49;CS</ics-term>, <ics-term term="integrated-care">integrated\r\ncare</ics-term></p>',
  );
});

test('where a term could not be wrapped without rewriting markup, it is left as it is, and a later one tagged', () => {
  const cases: Array<[input: string, output: string]> = [
    // Markup the parser ignores inside the word.
    ['<p>The IC</span>B and the ICB</p>', '<p>The IC</span>B and the <ics-term term="icb">ICB</ics-term></p>'],
    ['<p>integrated care\0 board and ICB</p>', '<p>integrated care\0 board and <ics-term term="icb">ICB</ics-term></p>'],
    // Text a browser moves out of a table, alone or in formatting it opens again there.
    ['<table>ICB<tr><td>x</td></tr></table><p>ICB</p>', '<table>ICB<tr><td>x</td></tr></table><p><ics-term term="icb">ICB</ics-term></p>'],
    ['<em>x<table> ICB <tr><td>ICB</td></tr></table>', '<em>x<table> ICB <tr><td><ics-term term="icb">ICB</ics-term></td></tr></table>'],
    // A fragment is read as a template's content, which its first start tag decides how to read: a
    // term before a table's tag, or before a </p> the template ignores, would change that.
    ['ICB <tr><td>ICB</td></tr>', 'ICB <tr><td><ics-term term="icb">ICB</ics-term></td></tr>'],
    ['ICB</p><p>ICB</p>', 'ICB</p><p><ics-term term="icb">ICB</ics-term></p>'],
  ];
  for (const [input, output] of cases) assert.equal(assertOnlyTermsAdded(input, {}, JSON.stringify(input)), output);
});

test('a phrase split by markup is not matched across elements', () => {
  assert.equal(tag('<p>integrated <b>care board</b></p>'), '<p>integrated <b>care board</b></p>');
});

test('mutation XSS inputs come back unchanged apart from the terms, which are added around them', () => {
  let added = 0;
  MXSS_INPUTS.forEach((input, index) => {
    for (const options of [{}, { firstOnly: false, exclude: '' }]) {
      const output = assertOnlyTermsAdded(input, options, `MXSS_INPUTS[${index}] with ${JSON.stringify(options)}`);
      added += output.length - input.length;
    }
  });
  assert.ok(added > 0);
});

test('no input overflows the stack: deep nesting, nested terms, a very long alias', () => {
  assert.match(tag(`${'<div>'.repeat(20000)}ICB`), /<ics-term term="icb">ICB<\/ics-term>$/);
  assert.match(tag(`${'<div><p>'.repeat(5000)}ICB`, { exclude: 'div p' }), /<p>ICB$/);
  const nested = `${'<ics-term>'.repeat(10000)}ICB${'</ics-term>'.repeat(10000)}`;
  assert.equal(tag(`${nested}<p>ICB ICS</p>`), `${nested}<p>ICB <ics-term term="ics">ICS</ics-term></p>`);
  // No <nav> around the lists: the case where a matcher that tries each pair of ancestors is slowest.
  const lists = `<nav><ul><li>ICB</ul></nav>${'<ul><li>ICS and '.repeat(1500)}`;
  assert.ok(tag(lists, { exclude: 'nav ul li' }) === lists.replace('ICS', '<ics-term term="ics">ICS</ics-term>'), 'nav ul li');

  const alias = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ').slice(0, 3000).trim();
  const glossary = loadGlossary({ entries: [{ ...fixtureData.entries[0]!, aliases: [alias] }] });
  assert.equal(tagHtml(`<p>${alias}</p>`, { glossary }), `<p><ics-term term="ics">${alias}</ics-term></p>`);
});

test('checks its arguments, naming the one at fault', () => {
  const cases: Array<[() => unknown, ErrorConstructor, RegExp]> = [
    [() => tagHtml(Buffer.from('<p>ICB</p>') as never), TypeError, /the HTML must be a string, not an object/],
    [() => tagHtml(undefined as never), TypeError, /the HTML must be a string, not undefined/],
    [() => tagHtml('<p>ICB</p>', null as never), TypeError, /the options must be an object, not null/],
    [() => tagHtml('<p>ICB</p>', { firstonly: false } as never), TypeError, /unknown option "firstonly"; the options are glossary, terms, firstOnly, exclude, asOf/],
    [() => tagHtml('<p>ICB</p>', { terms: 'icb' as never }), TypeError, /options\.terms must be a list of entry ids, not "icb"/],
    [() => tagHtml('<p>ICB</p>', { terms: [1] as never }), TypeError, /options\.terms must be a list of entry ids/],
    [() => tagHtml('<p>ICB</p>', { terms: ['icb', 'nope'] }), RangeError, /options\.terms names no glossary entry "nope"/],
    [() => tagHtml('<p>ICB</p>', { asOf: 'last year' }), RangeError, /options\.asOf "last year" is not a date \(YYYY-MM-DD\)/],
    [() => tagHtml('<p>ICB</p>', { asOf: new Date() as never }), TypeError, /options\.asOf must be a date as a string, not an object/],
    [() => tagHtml('<p>ICB</p>', { firstOnly: 'no' as never }), TypeError, /options\.firstOnly must be true or false, not "no"/],
    [() => tagHtml('<p>ICB</p>', { exclude: ['h1'] as never }), TypeError, /options\.exclude must be a CSS selector as a string, not an array/],
    [() => tagHtml('<p>ICB</p>', { glossary: fixtureData as never }), TypeError, /options\.glossary must be a Glossary/],
  ];
  for (const [call, type, message] of cases) assert.throws(call, (error: Error) => error instanceof type && message.test(error.message), String(message));
  assert.equal(tag('<p>ICB</p>', { terms: ['icb'], asOf: undefined, exclude: undefined }), '<p><ics-term term="icb">ICB</ics-term></p>');
});

test('randomized corpus: only terms added, byte for byte; none where skipped; each a whole match', () => {
  const random = prng(99);
  const skipped = new Set(skipSelector().split(', ').filter((s) => /^[a-z-]+$/.test(s)));
  const inSkipped = (element: T.Element) => {
    for (let up = element.parentNode; up && tree.isElementNode(up); up = up.parentNode) {
      if (skipped.has(up.tagName) || up.attrs.some((a) => a.name === 'data-ics-skip' || a.name === 'contenteditable')) return true;
    }
    return false;
  };
  const matcher = compileMatcher(fixtureGlossary);
  let added = 0;
  const inputs = [...corpus(400, 20240607), ...parityCases().map((c) => c.input)];
  inputs.forEach((source, index) => {
    // Marks the authors' own terms, so that the new ones can be told apart.
    const input = source.replaceAll('<ics-term', '<ics-term data-author');
    const options: TagOptions = { firstOnly: random() < 0.6, asOf: random() < 0.3 ? '2020-04-01' : undefined };
    const where = `input ${index} (corpus(400, 20240607), then the parity cases), options ${JSON.stringify(options)}: ${JSON.stringify(input)}`;
    const output = assertOnlyTermsAdded(input, options, where);
    assert.equal(textOf(parsed(output)), textOf(parsed(input)), `text changed in ${where}`);

    const terms = elements(parsed(output)).filter(isNewTerm);
    added += terms.length;
    const ids = terms.map((term) => term.attrs.find((a) => a.name === 'term')?.value).filter((id) => id !== undefined);
    for (const term of terms) {
      assert.ok(!inSkipped(term), `a term in skipped content in ${where}`);
      const text = textOf(term);
      assert.deepEqual(matcher.find(text).map((m) => m.text), [text], `"${text}" is not one whole match in ${where}`);
      assert.equal(term.attrs.find((a) => a.name === 'as-of')?.value, options.asOf);
    }
    if (options.firstOnly) assert.equal(new Set(ids).size, ids.length, `an entry tagged twice in ${where}`);
  });
  assert.ok(added > inputs.length, `only ${added} terms added`);
});

test('markup soup: only terms added, byte for byte, and a browser builds the same tree around them', () => {
  let added = 0;
  soup(1500, 777).forEach((input, index) => {
    // Not always the same when tagged again: text the parser joins across markup it ignores may be
    // left untagged next to that markup, and a second pass may find it in a text node of its own.
    const where = `soup(1500, 777)[${index}]: ${JSON.stringify(input)}`;
    const output = assertOnlyTermsAdded(input, { firstOnly: false, exclude: '' }, where, false);
    added += output.split('<ics-term').length - 1;
  });
  assert.ok(added > 1000, `only ${added} terms added`);
});
