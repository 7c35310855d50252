/**
 * The bundled glossary in two parts (index at once, details later), and the block a server-tagged page
 * carries for the data-less build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { bundledGlossary } from '../../src/bundled.ts';
import { splitEntries, withDetails } from '../../src/model/details.ts';
import { loadGlossary, mergeGlossary } from '../../src/model/load.ts';
import type { Entry } from '../../src/model/types.ts';
import { isWholeDocument, tagHtml } from '../../src/tag/html.ts';
import { corpus, soup } from '../fixtures/corpus.ts';
import { MXSS_INPUTS } from '../fixtures/mxss.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const source = loadGlossary(JSON.parse(readFileSync(new URL('../../glossary/glossary.json', import.meta.url), 'utf8')));

/** The entries in a page's embedded block, parsed as the data-less build parses them. */
function embedded(html: string): Entry[] {
  const blocks = [...html.matchAll(/<script type="application\/json" data-ics-glossary>(.*?)<\/script>/gs)];
  assert.equal(blocks.length, 1, 'one block');
  return JSON.parse(blocks[0]![1]!).entries;
}

test('the index and the details join back into glossary.json, entry for entry', () => {
  const { index, details } = splitEntries(source.entries);
  assert.deepEqual(JSON.parse(JSON.stringify(index.map((e) => withDetails(e, details)))), JSON.parse(JSON.stringify(source.entries)));
  assert.deepEqual(JSON.parse(JSON.stringify(bundledGlossary.entries)), JSON.parse(JSON.stringify(source.entries)));
  // The index names and dates every entry, and holds no words beyond its names.
  assert.ok(index.every((e) => !('definition' in e) && !('sources' in e) && !('timeline' in e)));
  assert.ok(index.every((e) => (e.earlier ?? []).every((w) => !('definition' in w))));
  // A source many entries cite is listed once.
  const cited = source.entries.flatMap((e) => e.sources).length;
  assert.ok(details.sources.length < cited, `${details.sources.length} sources for ${cited} citations`);
});

test('an entry without its details can be found, named and dated, and has no words yet', () => {
  const { index } = splitEntries(source.entries);
  const icb = withDetails(index.find((e) => e.id === 'icb')!);
  assert.equal(icb.expansion, 'integrated care board');
  assert.equal(icb.definition, '');
  assert.deepEqual(icb.sources, []);
  assert.equal(icb.earlier!.length, source.byId('icb')!.earlier!.length);
});

test('embedGlossary writes one inert block with the entries the page uses, and changes nothing else', () => {
  const page = '<!doctype html><html><head><title>t</title></head><body><p>The ICB and the CCG.</p>\n<p>An ICP.</p></body></html>\n';
  const tagged = tagHtml(page, { embedGlossary: true });
  const ids = embedded(tagged).map((e) => e.id);
  // The CCG brings what replaced it; the ICP both its senses.
  assert.deepEqual(new Set(ids), new Set(['icb', 'ccg', 'icp-partnership', 'icp-provider']));
  // After the last text, inside the body; without the block the page is as tagHtml leaves it.
  const block = /<script type="application\/json" data-ics-glossary>.*?<\/script>/s;
  assert.match(tagged, /An <ics-term>ICP<\/ics-term>\.<script type="application\/json" data-ics-glossary>/);
  assert.equal(tagged.replace(block, ''), tagHtml(page));
  // The block carries what a tooltip shows: the first source, not the glossary page's extras.
  const icb = embedded(tagged).find((e) => e.id === 'icb')!;
  assert.deepEqual(icb.sources, source.byId('icb')!.sources.slice(0, 1));
  assert.equal(icb.definition, source.byId('icb')!.definition);
  assert.deepEqual(icb.earlier, source.byId('icb')!.earlier);
  assert.equal('related' in icb, false);
});

test('nothing a definition holds can end the block, and the block is ASCII', () => {
  const glossary = mergeGlossary(bundledGlossary, {
    entries: [
      {
        id: 'trap',
        term: 'TRAP',
        definition: 'Ends </script><script>alert(1)</script> and <!-- opens a comment; café – ünïcödé.',
        category: 'concept',
        status: 'current',
        sources: [{ seed: '001-what-is-an-ics.txt' }],
      },
    ],
  });
  const tagged = tagHtml('<p>A TRAP.</p>', { glossary, embedGlossary: true });
  assert.match(tagged, /^[\x00-\x7f]*$/);
  const fragment = parseFragment(tagged);
  const scripts = (fragment.childNodes[0] as { childNodes: Array<{ nodeName: string }> }).childNodes.filter((n) => n.nodeName === 'script');
  assert.equal(scripts.length, 1, 'one script element, whatever the definition says');
  assert.equal(embedded(tagged)[0]!.definition, glossary.byId('trap')!.definition);
});

test('no block when the page uses no entry, and the option is checked', () => {
  assert.equal(tagHtml('<p>Nothing to see.</p>', { embedGlossary: true }), '<p>Nothing to see.</p>');
  assert.throws(() => tagHtml('<p>ICB</p>', { embedGlossary: 'yes' as unknown as boolean }), /options\.embedGlossary must be true or false/);
});

test('the CLI embeds with --embed-glossary, in a UTF-16 page too', () => {
  const html = '<p>The ICB.</p>';
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/tag/cli.ts', 'tag', '--embed-glossary'], {
    cwd: ROOT,
    input: Buffer.from(`\ufeff${html}`, 'utf16le'),
  });
  assert.equal(run.status, 0, run.stderr.toString());
  const out = run.stdout.toString('utf16le').replace(/^\ufeff/, '');
  assert.equal(out, tagHtml(html, { embedGlossary: true }));
  assert.deepEqual(embedded(out).map((e) => e.id), ['icb']);
});

test('on any page, the block is one script element in the document, and the rest is as tagHtml leaves it', () => {
  const inputs = [...corpus(200, 20261130), ...soup(500, 1130), ...MXSS_INPUTS];
  inputs.forEach((input, index) => {
    const where = `input ${index}: ${JSON.stringify(input)}`;
    const tagged = tagHtml(input, { embedGlossary: true, firstOnly: false });
    const block = tagged.match(/<script type="application\/json" data-ics-glossary>.*?<\/script>/s)?.[0];
    assert.equal(tagged.replace(block ?? '', ''), tagHtml(input, { firstOnly: false }), where);
    if (!block) return;
    const tree = isWholeDocument(tagged) ? parse(tagged) : parseFragment(tagged);
    const blocks: string[] = [];
    const stack: T.Node[] = [tree];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if ('tagName' in node && node.tagName === 'script' && node.attrs.some((a) => a.name === 'data-ics-glossary')) {
        blocks.push(node.childNodes.map((text) => (text as T.TextNode).value).join(''));
      }
      if ('childNodes' in node) stack.push(...node.childNodes);
      if ('content' in node) stack.push(node.content as T.Node);
    }
    assert.equal(blocks.length, 1, where);
    assert.ok(Array.isArray(JSON.parse(blocks[0]!).entries), where);
  });
});
