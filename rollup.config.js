import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const minify = () =>
  terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } });
// Lit's template and style literals are minified before terser, which leaves string contents alone.
// Whitespace in templates is collapsed to one space, never removed: "ICB (integrated care board)" is
// two bindings with a space between them.
const bundledDeps = () => [
  nodeResolve({ browser: true }),
  json({ preferConst: true, compact: true }),
  typescript(),
  minifyLiterals({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
];

// Rollup keeps the CLI's #! line. The server's dependencies stay dependencies, installed beside it.
const nodeBuild = (input, output) => ({
  input,
  external: [/^parse5/, /^css-(select|what)$/, /^domhandler$/, /^entities\//, /^html-encoding-sniffer$/, /^node:/],
  plugins: [json({ preferConst: true, compact: true }), typescript()],
  output: { format: 'es', ...output },
});

export default [
  // For bundler users: our code only; lit, @lit/context and Floating UI stay dependencies.
  {
    input: { index: 'src/index.ts' },
    external: [/^lit($|\/)/, /^@lit\//, /^@floating-ui\//],
    // As below: the lazy tooltip chunk imports shared code from index.js, not from a third file.
    preserveEntrySignatures: 'allow-extension',
    plugins: [json({ preferConst: true, compact: true }), typescript()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  // One <script type="module">: everything inside; what a page may never use arrives in chunks when needed.
  {
    input: { 'ics-glossary': 'src/standalone.ts' },
    // Lets the lazy chunk import shared code from the entry itself, rather than from a third file.
    preserveEntrySignatures: 'allow-extension',
    // The chunk-merging step reports its arithmetic at info level.
    logLevel: 'warn',
    plugins: [...bundledDeps(), minify()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'ics-glossary-[name]-[hash].js',
      // Folds chunks of a few shared lines into their importers rather than costing a request each.
      experimentalMinChunkSize: 2000,
    },
  },
  // A classic script for pipelines that cannot load modules: one file, nothing loaded later.
  {
    input: 'src/index.ts',
    plugins: [...bundledDeps(), minify()],
    output: { file: 'dist/ics-glossary.iife.js', format: 'iife', name: 'IcsGlossary', inlineDynamicImports: true },
  },
  // Node: server-side tagging, and the command line built on it.
  nodeBuild('src/server.ts', { file: 'dist/server.js' }),
  // The tagger, and with it parse5, in a chunk loaded only to tag: `validate` runs from dist/cli*.js
  // alone, without node_modules, as in the WordPress plugin.
  nodeBuild('src/tag/cli.ts', { dir: 'dist', chunkFileNames: 'cli-[name].js' }),
];
