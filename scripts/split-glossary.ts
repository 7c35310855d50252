/**
 * `npm run glossary:split`: checks glossary/glossary.json and writes the two parts the elements load
 * (src/model/details.ts says which fields go where): src/generated/glossary-index.json, in the first
 * script, and src/generated/glossary-details.json, loaded after the page. The bundled data is checked
 * here, once, with the validator sites' glossaries go through at run time; a problem stops the build.
 * Runs before the type check and the build, and after `npm ci` (`prepare`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { splitEntries } from '../src/model/details.ts';
import { loadGlossary } from '../src/model/load.ts';
import { describeIssue } from '../src/model/validate.ts';

const root = new URL('../', import.meta.url);
const source = new URL('glossary/glossary.json', root);
const out = new URL('src/generated/', root);

const glossary = loadGlossary(JSON.parse(await readFile(source, 'utf8')));
if (glossary.issues.length > 0) {
  for (const issue of glossary.issues) console.error(`glossary/glossary.json: ${describeIssue(issue)}`);
  process.exit(1);
}
const { index, details } = splitEntries(glossary.entries);
await mkdir(out, { recursive: true });
await writeFile(new URL('glossary-index.json', out), JSON.stringify(index));
await writeFile(new URL('glossary-details.json', out), JSON.stringify(details));
