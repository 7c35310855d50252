import path from 'node:path';
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

/** Builds `replacement` wherever `original` is imported. */
const swapModule = (original, replacement) => ({
  name: 'swap-module',
  async resolveId(source, importer, options) {
    if (!importer) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && resolved.id === path.resolve(original) ? path.resolve(replacement) : null;
  },
});

/** A one-script build, `dist/<name>.js`, and the chunks it loads later, named after it. */
const oneScript = (name, plugins = []) => ({
  input: { [name]: 'src/standalone.ts' },
  // Lets the lazy chunk import shared code from the entry itself, rather than from a third file.
  preserveEntrySignatures: 'allow-extension',
  // The chunk-merging step reports its arithmetic at info level.
  logLevel: 'warn',
  plugins: [...plugins, ...bundledDeps(), minify()],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // The chunk a page loads at once keeps one name, whatever rollup merges into it: the size budgets
    // and the bench find it by that name.
    chunkFileNames: (chunk) =>
      chunk.moduleIds.some((id) => id.endsWith(path.join('src', 'standalone-elements.ts')))
        ? `${name}-standalone-elements-[hash].js`
        : `${name}-[name]-[hash].js`,
    // Folds chunks of a few shared lines into their importers rather than costing a request each.
    experimentalMinChunkSize: 2000,
  },
});

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
  oneScript('ics-glossary'),
  // The same for pages tagged on the server with `embedGlossary`: the glossary is read from the page's
  // embedded block instead of being bundled.
  oneScript('ics-glossary-no-data', [swapModule('src/default-glossary.ts', 'src/embedded-glossary.ts')]),
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
