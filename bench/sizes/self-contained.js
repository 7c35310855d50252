/**
 * The self-contained build (dist/ics-glossary.js and the chunks it loads), made again in memory from
 * the project's own rollup config, optionally with the glossary data stubbed out. Stubbing is how
 * "code" is told apart from "data": the bundle inlines glossary.json, and gzip sizes do not subtract.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rollup } from 'rollup';
import configs from '../../rollup.config.js';
import { GLOSSARY_JSON } from '../paths.js';
import { LOADED_AT_ONCE } from './dist.js';

const SELF_CONTAINED_ENTRY = 'ics-glossary';

/** The options of `minify()` in rollup.config.js, for minifying other code the same way. */
export const TERSER_OPTIONS = { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } };

/** Replaces the bundled glossary with an empty one before the JSON plugin turns it into code. */
const stubGlossary = {
  name: 'bench-stub-glossary',
  load: (id) => (path.resolve(id) === GLOSSARY_JSON ? '{"entries":[]}' : null),
};

/**
 * Builds the self-contained variant and returns its chunks in load order: `initial` are fetched
 * before any tooltip opens (the entry, the chunk it loads at once, and their static imports), `lazy`
 * only on demand.
 */
export async function buildSelfContained({ stubData = false } = {}) {
  const config = configs.find((c) => typeof c.input === 'object' && SELF_CONTAINED_ENTRY in c.input);
  if (!config) throw new Error(`rollup.config.js has no build with the input "${SELF_CONTAINED_ENTRY}"`);
  const bundle = await rollup({
    ...config,
    plugins: stubData ? [stubGlossary, ...config.plugins] : config.plugins,
    onwarn: () => {},
  });
  try {
    const { output } = await bundle.generate(config.output);
    const chunks = output.filter((o) => o.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const initial = new Set();
    const visit = (chunk) => {
      if (initial.has(chunk)) return;
      initial.add(chunk);
      for (const name of chunk.imports) visit(byName.get(name));
    };
    for (const chunk of chunks) if (chunk.isEntry || LOADED_AT_ONCE.test(chunk.fileName)) visit(chunk);
    return { initial: [...initial], lazy: chunks.filter((c) => !initial.has(c)) };
  } finally {
    await bundle.close();
  }
}

/** The glossary as it ships inside the bundle: minified JSON. */
export async function minifiedGlossary() {
  return JSON.stringify(JSON.parse(await readFile(GLOSSARY_JSON, 'utf8')));
}
