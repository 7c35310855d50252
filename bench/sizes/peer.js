/**
 * The peer for the size rows: tippy.js with its Popper dependency, a tooltip library alone, bundled
 * and then minified with the very terser options of our own rollup build, so only the code differs.
 */
import { build } from 'esbuild';
import { minify } from 'terser';
import { ROOT } from '../paths.js';
import { TERSER_OPTIONS } from './self-contained.js';

export async function tippyBundle() {
  const result = await build({
    stdin: { contents: "export { default } from 'tippy.js';", resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    // tippy.js keeps its warnings behind this check; production builds drop them, as ours drop Lit's.
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const { code } = await minify(result.outputFiles[0].text, TERSER_OPTIONS);
  return code;
}
