/**
 * The one-script builds (dist/ics-glossary.js, dist/ics-glossary-no-data.js and the chunks they load),
 * made again in memory from the project's own rollup config, optionally with the glossary data stubbed
 * out. Stubbing is how "code" is told apart from "data": gzip sizes do not subtract.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rollup } from 'rollup';
import configs from '../../rollup.config.js';
import { GLOSSARY_DETAILS_JSON, GLOSSARY_INDEX_JSON } from '../paths.js';
import { LOADED_AT_ONCE } from './dist.js';

export const SELF_CONTAINED_ENTRY = 'ics-glossary';
export const DATA_LESS_ENTRY = 'ics-glossary-no-data';

/** The options of `minify()` in rollup.config.js, for minifying other code the same way. */
export const TERSER_OPTIONS = { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } };

/** Replaces the bundled glossary's two parts with empty ones before the JSON plugin turns them into code. */
const stubGlossary = {
  name: 'bench-stub-glossary',
  load(id) {
    const file = path.resolve(id);
    if (file === GLOSSARY_INDEX_JSON) return '[]';
    if (file === GLOSSARY_DETAILS_JSON) return '{"sources":[],"entries":{}}';
    return null;
  },
};

/**
 * Builds the one-script build named `entry` and returns its chunks in load order: `initial` are fetched
 * before any tooltip opens (the entry, the chunk it loads at once, and their static imports), `lazy`
 * only on demand, each with its static imports (`closure`, by file name). `oneFile`: the entry with every
 * chunk it loads put into it, to show what compressing the chunks apart costs.
 */
export async function buildSelfContained({ stubData = false, entry = SELF_CONTAINED_ENTRY, oneFile = false } = {}) {
  const config = configs.find((c) => typeof c.input === 'object' && entry in c.input);
  if (!config) throw new Error(`rollup.config.js has no build with the input "${entry}"`);
  const bundle = await rollup({
    ...config,
    ...(oneFile && { input: { [entry]: config.input[entry] } }),
    plugins: stubData ? [stubGlossary, ...config.plugins] : config.plugins,
    onwarn: () => {},
  });
  try {
    const { output } = await bundle.generate(oneFile ? { ...config.output, inlineDynamicImports: true, manualChunks: undefined } : config.output);
    const chunks = output.filter((o) => o.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    /** `chunk` and every chunk it imports statically. */
    const closure = (chunk, into = new Set()) => {
      if (into.has(chunk)) return into;
      into.add(chunk);
      for (const name of chunk.imports) closure(byName.get(name), into);
      return into;
    };
    const initial = new Set();
    for (const chunk of chunks) if (chunk.isEntry || LOADED_AT_ONCE.test(chunk.fileName)) closure(chunk, initial);
    return { initial: [...initial], lazy: chunks.filter((c) => !initial.has(c)), closure };
  } finally {
    await bundle.close();
  }
}

/** The bundled glossary's two parts as they ship: the index in the first script, the details later. */
export async function glossaryParts() {
  return { index: await readFile(GLOSSARY_INDEX_JSON, 'utf8'), details: await readFile(GLOSSARY_DETAILS_JSON, 'utf8') };
}
