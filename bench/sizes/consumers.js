/**
 * What a bundler makes of the package: one-line consumers, bundled and minified by esbuild from the
 * built package as an app installs it (node_modules/ics-glossary, its `exports` and `sideEffects`).
 * The bench reports their sizes; test/node/entries.test.ts checks what each one carries.
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.js';

export const CONSUMERS = {
  autotag: "import { autotag } from 'ics-glossary'; autotag(document.body);",
  bundledGlossary: "import { bundledGlossary } from 'ics-glossary'; console.log(bundledGlossary.senses('ICB'));",
  term: "import 'ics-glossary/elements/ics-term/define';",
  everything: "import 'ics-glossary/define';",
};

/** An app folder whose node_modules/ics-glossary is this package, as `npm install` of it would leave it. */
function appFolder() {
  const app = path.join(ROOT, '.tmp/consumer');
  rmSync(app, { recursive: true, force: true });
  mkdirSync(path.join(app, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, path.join(app, 'node_modules/ics-glossary'), 'dir');
  return app;
}

/** Replaces the bundled glossary with an empty one, so that code is measured apart from data. */
const stubGlossary = {
  name: 'stub-glossary',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]glossary[\\/]glossary\.json\.js$/ }, () => ({
      contents: 'export default { entries: [] };',
      loader: 'js',
    }));
  },
};

/**
 * Bundles one consumer for the browser, optionally with the glossary data stubbed out. Returns the
 * minified code and the files that put code in it, from the package root (`dist/tag/dom.js`,
 * `node_modules/lit/index.js`).
 */
export async function bundleConsumer(source, { stubData = false } = {}) {
  const app = appFolder();
  const result = await build({
    stdin: { contents: source, resolveDir: app, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
    plugins: stubData ? [stubGlossary] : [],
  });
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs)
    .filter(([input, { bytesInOutput }]) => input !== '<stdin>' && bytesInOutput > 0)
    .map(([input]) => input);
  return { code: result.outputFiles[0].text, inputs };
}
