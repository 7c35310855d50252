#!/usr/bin/env node
/**
 * `npm run wordpress:zip`: the installable WordPress plugin, as build/ics-glossary-wordpress-VERSION.zip
 * with one folder, ics-glossary/: integrations/wordpress/ plus the current dist/ (the one-script build,
 * and the CLI that validates custom glossaries) and the glossary data. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLUGIN = join(ROOT, 'integrations/wordpress');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
// The browser's files and the Node command; not the bundler build, the classic script or the types.
const SHIPPED = /^(ics-glossary|cli)(-[\w-]+)?\.js$/;

/** Builds the zip at `out` and returns its path. */
export function buildPluginZip(out = join(ROOT, `build/ics-glossary-wordpress-${version}.zip`)) {
  if (!existsSync(join(ROOT, 'dist/ics-glossary.js'))) throw new Error('no dist/ics-glossary.js: run "npm run build" first');
  const main = readFileSync(join(PLUGIN, 'ics-glossary.php'), 'utf8');
  const stated = [/^ \* Version:\s+(\S+)$/m, /^const VERSION = '([^']+)';$/m].map((pattern) => pattern.exec(main)?.[1]);
  if (stated.some((v) => v !== version)) {
    throw new Error(`integrations/wordpress/ics-glossary.php states version ${stated.join(' and ')}; package.json says ${version}`);
  }
  const stage = mkdtempSync(join(tmpdir(), 'ics-wordpress-zip-'));
  try {
    const folder = join(stage, 'ics-glossary');
    cpSync(PLUGIN, folder, { recursive: true });
    mkdirSync(join(folder, 'dist'));
    for (const name of readdirSync(join(ROOT, 'dist')).filter((name) => SHIPPED.test(name))) {
      copyFileSync(join(ROOT, 'dist', name), join(folder, 'dist', name));
    }
    // Without a package.json saying so, Node would read the CLI's ES modules as CommonJS.
    writeFileSync(join(folder, 'dist/package.json'), '{ "type": "module" }\n');
    mkdirSync(join(folder, 'glossary'));
    for (const name of ['glossary.json', 'glossary.schema.json']) copyFileSync(join(ROOT, 'glossary', name), join(folder, 'glossary', name));
    const zip = resolve(out);
    mkdirSync(join(zip, '..'), { recursive: true });
    rmSync(zip, { force: true });
    try {
      execFileSync('zip', ['-q', '-r', '-X', zip, 'ics-glossary'], { cwd: stage, stdio: ['ignore', 'inherit', 'inherit'] });
    } catch (error) {
      throw error.code === 'ENOENT' ? new Error('the zip command is missing (Debian: apt-get install zip)') : error;
    }
    return zip;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(buildPluginZip(process.argv[2]));
  } catch (error) {
    console.error(`wordpress:zip: ${error.message}`);
    process.exitCode = 1;
  }
}
