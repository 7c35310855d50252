/**
 * README's React and TypeScript examples, as an app uses them, against the build (`npm run build`
 * first): rendered on the server with react-dom/server, and type-checked with `strict` against the
 * package's declarations (its JSX types for React, and for Preact). Each example is taken from README
 * itself, so the README cannot drift from what works.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Inside the package, so that the examples import it by its name, as an app does.
const DIR = `${ROOT}.tmp/readme-examples/`;
const readme = readFileSync(`${ROOT}README.md`, 'utf8');

/** README's code blocks in `language`. */
const blocks = (language: string) => [...readme.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map((m) => m[1]!);

function fresh(): void {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
}

/** `tsc --noEmit` over `files` with `strict`, as an app's tsconfig would say; returns its report. */
function typeCheck(files: Record<string, string>, jsxImportSource: string): string {
  fresh();
  for (const [name, text] of Object.entries(files)) writeFileSync(DIR + name, text);
  const tsconfig = {
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      jsxImportSource,
      noEmit: true,
      // The package's own declarations are checked too; only the lit ones it imports are trusted.
      skipLibCheck: false,
      types: [],
    },
    files: Object.keys(files),
  };
  writeFileSync(`${DIR}tsconfig.json`, JSON.stringify(tsconfig));
  const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
  const run = spawnSync(process.execPath, [tsc, '-p', `${DIR}tsconfig.json`], { cwd: ROOT, encoding: 'utf8' });
  return run.stdout + run.stderr;
}

describe('README examples', () => {
  const [reactExample] = blocks('tsx');
  const [typescriptExample] = blocks('ts').filter((block) => block.includes("from 'ics-glossary'"));

  it('README has a React example in TSX and a TypeScript one', () => {
    assert.ok(reactExample?.includes("import 'ics-glossary/define'"), 'a ```tsx block that imports ics-glossary/define');
    assert.ok(typescriptExample?.includes('ics-glossary-error'), 'a ```ts block that listens for ics-glossary-error');
  });

  it('the React example renders on the server with react-dom/server', async () => {
    fresh();
    const { code } = await transform(reactExample!, { loader: 'tsx', jsx: 'automatic', format: 'esm' });
    writeFileSync(`${DIR}react-example.mjs`, code);
    const { Story, Glossary } = await import(pathToFileURL(`${DIR}react-example.mjs`).href);
    const story = renderToString(createElement(Story, { html: '<p>Each ICB plans care.</p>', published: '2019-01-07' }));
    assert.equal(story, '<ics-autotag as-of="2019-01-07" observe=""><div><p>Each ICB plans care.</p></div></ics-autotag>');
    const glossary = renderToString(
      createElement(Glossary, { ourTerms: { entries: [] }, onProblem: () => {}, onRead: () => {} }),
    );
    assert.equal(
      glossary,
      '<ics-glossary-provider><p>Our <ics-term term="icb">integrated care board</ics-term> meets monthly.</p>' +
        '<ics-glossary search-param="q" heading-level="3"></ics-glossary></ics-glossary-provider>',
    );
  });

  it('the React and TypeScript examples type-check with strict, events and JSX props included', () => {
    const report = typeCheck({ 'react-example.tsx': reactExample!, 'typescript-example.ts': typescriptExample! }, 'react');
    assert.equal(report, '');
  });

  it('a wrong prop, event detail or attribute value is a type error', () => {
    const wrong = `import type {} from 'ics-glossary/react';
      export const a = <ics-term terms="icb">ICB</ics-term>;
      export const b = <ics-glossary-provider mode="mix" onics-glossary-error={(event) => event.detail.message} />;
      document.addEventListener('ics-glossary-load', (event) => event.detail.nothing);`;
    const report = typeCheck({ 'wrong.tsx': wrong }, 'react');
    assert.match(report, /Property 'terms' does not exist/);
    assert.match(report, /'"mix"' is not assignable/);
    assert.match(report, /Property 'message' does not exist on type 'GlossaryErrorDetail'/);
    assert.match(report, /Property 'nothing' does not exist on type 'GlossaryLoadDetail'/);
  });

  it('Preact knows the four elements too', () => {
    const preact = `import 'ics-glossary/define';
      import type {} from 'ics-glossary/preact';
      export const page = (
        <ics-glossary-provider data={{ entries: [] }} onics-glossary-error={(event) => console.warn(event.detail.reason)}>
          <ics-autotag all as-of="2019-01-07"><p>Each ICB plans care.</p></ics-autotag>
          <ics-term term="icb" onics-show={() => {}}>ICB</ics-term>
          <ics-glossary search-param="q" heading-level={3} />
        </ics-glossary-provider>
      );`;
    assert.equal(typeCheck({ 'preact-example.tsx': preact }, 'preact'), '');
  });
});
