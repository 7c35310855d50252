/** The built files as they sit in dist/, and which of them a page fetches when. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../paths.js';
import { compressedSizes, sumSizes } from './compress.js';

const DIST = path.join(ROOT, 'dist');

/** Every JavaScript file in dist/ (the type declarations aside), as paths like `dist/chunks/x.js`. */
export async function distFiles() {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.js') && !path.relative(DIST, e.parentPath).startsWith('types'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .sort();
}

/** The sizes of `files` (paths like `dist/x.js`) added up, each compressed on its own as a server sends it. */
export async function sizesOf(files) {
  return sumSizes(await Promise.all(files.map(async (f) => compressedSizes(await readFile(path.join(ROOT, f))))));
}

/**
 * `dist/ics-glossary-tooltip-CD6n_kBZ.js` → `tooltip`: a chunk by its name, without its hash; any other
 * file by its path.
 */
export function chunkName(file) {
  return path.basename(file).match(/^ics-glossary-(.+)-[\w-]{8}\.js$/)?.[1] ?? file.replace(/^\//, '');
}

/**
 * The one-script build's entry imports the elements' chunk dynamically, so that it needs no DOM itself,
 * but in a page it does so at once: that chunk is part of the first load.
 */
export const LOADED_AT_ONCE = /standalone-elements/;

const IMPORT = /\bimport\s*(\()?\s*["']\.\/([^"']+\.js)["']|\bfrom\s*["']\.\/([^"']+\.js)["']/g;

/**
 * `entry` (a path in dist/) and the files it imports, read from the built code rather than guessed
 * from names, so stale chunks left by earlier builds are never counted. `initial` are fetched with the
 * entry (or at once by it); `lazy` only when a dynamic import runs on demand.
 */
export async function loadOrder(entry) {
  const initial = [];
  const lazy = [];
  const visit = async (file, list) => {
    if (initial.includes(file) || lazy.includes(file)) return;
    list.push(file);
    const code = await readFile(path.join(ROOT, file), 'utf8');
    for (const [, call, importTarget, fromTarget] of code.matchAll(IMPORT)) {
      const target = path.join(path.dirname(file), importTarget ?? fromTarget);
      // What a lazily loaded file imports, even statically, is lazy too.
      await visit(target, (call && !LOADED_AT_ONCE.test(target)) || list === lazy ? lazy : initial);
    }
  };
  await visit(entry, initial);
  return { initial, lazy };
}
