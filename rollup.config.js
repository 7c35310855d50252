import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
// `module: true` lets terser drop and rename top-level names, which a classic script must keep: its
// `var IcsGlossary` is the page's window.IcsGlossary.
const minify = ({ module = true } = {}) =>
  terser({ module, ecma: 2022, compress: { passes: 2 }, format: { comments: false } });
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

/** Each element's folder and module: the class is `<path>.ts`, its registration `<path>-define.ts`. */
const ELEMENTS = [
  'term/ics-term',
  'glossary/ics-glossary',
  'provider/ics-glossary-provider',
  'autotag/ics-autotag',
];

export default [
  // For bundler users: our code only, one file per module, so that a bundler keeps what is imported and
  // nothing else; lit, @lit/context and Floating UI stay dependencies.
  {
    input: [
      'src/index.ts',
      'src/define-all.ts',
      ...ELEMENTS.flatMap((element) => [`src/elements/${element}.ts`, `src/elements/${element}-define.ts`]),
    ],
    external: [/^lit($|\/)/, /^@lit\//, /^@floating-ui\//],
    plugins: [json({ preferConst: true, compact: true }), typescript()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
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
  // A classic script, for pipelines that cannot load modules and pages opened from file://: one file,
  // nothing loaded later. Run anywhere but a page (imported in Node), it does nothing.
  {
    input: 'src/classic.ts',
    plugins: [...bundledDeps(), minify({ module: false })],
    output: {
      file: 'dist/ics-glossary.iife.js',
      format: 'iife',
      name: 'IcsGlossary',
      inlineDynamicImports: true,
      intro: "if (typeof document === 'undefined') return exports;",
    },
  },
  // Node: server-side tagging, and the command line built on it.
  nodeBuild('src/server.ts', { file: 'dist/server.js' }),
  // The tagger, and with it parse5, in a chunk loaded only to tag: `validate` runs from dist/cli*.js
  // alone, without node_modules, as in the WordPress plugin.
  nodeBuild('src/tag/cli.ts', { dir: 'dist', chunkFileNames: 'cli-[name].js' }),
];
