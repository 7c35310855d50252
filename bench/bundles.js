/**
 * Page scripts that need parts of the library no shipped build offers on their own (autotag without
 * registering <ics-term>, the pattern it matches with), bundled from src with esbuild, minified like a
 * production build, and served from memory. Scripts that use the shipped builds are served from bench/pages as they are.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { ROOT } from './paths.js';

/** Bundles `bench/pages/<name>.js` and serves it at `/bench/bundles/<name>.js`; returns that path. */
export async function serveBundle(browser, name) {
  const result = await build({
    entryPoints: [path.join(ROOT, 'bench/pages', `${name}.js`)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    // The shipped build, imported by its URL as a page would.
    external: ['/dist/*'],
    write: false,
    logLevel: 'silent',
  });
  const url = `/bench/bundles/${name}.js`;
  browser.serve(url, 'application/javascript', result.outputFiles[0].text);
  return url;
}
