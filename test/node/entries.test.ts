/**
 * The package's entries as Node and bundlers meet them, from the build (`npm run build` first): any
 * entry imports in Node without a DOM, throwing nothing and defining nothing, so server rendering can
 * import it; and a bundler keeps only what an app imports.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundleConsumer, CONSUMERS } from '../../bench/sizes/consumers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | { default?: string }>;
};
const TAGS = ['ics-term', 'ics-glossary', 'ics-glossary-provider', 'ics-autotag'];

/** Every subpath of `exports` that leads to JavaScript, as `ics-glossary/define`. */
const jsEntries = Object.entries(pkg.exports)
  .filter(([, target]) => (typeof target === 'string' ? target : target.default)?.endsWith('.js'))
  .map(([subpath]) => `ics-glossary${subpath.slice(1)}`);

describe('package entries in Node', () => {
  it('the build is there', () => assert.ok(existsSync(new URL('../../dist/index.js', import.meta.url)), 'run `npm run build` first'));

  it('importing any entry, in a fresh Node with no DOM, throws nothing, defines nothing and leaves no document', () => {
    // A fresh process: the package imports itself by name, as an app's server code would.
    const script = `
      const failed = [];
      for (const entry of ${JSON.stringify(jsEntries)}) {
        try { await import(entry); } catch (error) { failed.push(entry + ': ' + error.message); }
      }
      const defined = ${JSON.stringify(TAGS)}.filter((tag) => globalThis.customElements?.get(tag));
      console.log(JSON.stringify({ failed, defined, document: typeof document }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { failed: [], defined: [], document: 'undefined' });
    assert.ok(jsEntries.includes('ics-glossary') && jsEntries.includes('ics-glossary/ics-glossary.iife.js'));
  });
});

describe('what a bundler keeps', () => {
  const elementCode = (inputs: string[]) => inputs.filter((input) => input.startsWith('dist/elements/'));
  const litCode = (inputs: string[]) => inputs.filter((input) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(input));

  it('`import { autotag }` brings the tagger and the glossary, and no element, no tooltip and no Lit', async () => {
    const { inputs, code } = await bundleConsumer(CONSUMERS.autotag);
    assert.ok(inputs.includes('dist/tag/dom.js'));
    assert.deepEqual(elementCode(inputs), []);
    assert.deepEqual(litCode(inputs), []);
    assert.doesNotMatch(code, /customElements\.define/);
  });

  it('`import { bundledGlossary }` brings the glossary alone', async () => {
    const { inputs } = await bundleConsumer(CONSUMERS.bundledGlossary);
    // The entry itself only re-exports.
    assert.deepEqual(inputs.filter((input) => !/^dist\/(index\.js|model\/|bundled\.js|generated\/)/.test(input)), []);
  });

  it('one element’s define module brings that element only', async () => {
    const { inputs } = await bundleConsumer(CONSUMERS.term);
    assert.deepEqual(
      elementCode(inputs).filter(
        (input) => !input.startsWith('dist/elements/term/') && !['dist/elements/lang.js', 'dist/elements/details-loading.js', 'dist/elements/make.js', 'dist/elements/dom-updates.js'].includes(input),
      ),
      // The terms find a provider defined later, by any copy: the context root is all they take of it.
      ['dist/elements/provider/late-providers.js'],
    );
    assert.ok(inputs.includes('dist/elements/term/ics-term-define.js'));
  });
});
