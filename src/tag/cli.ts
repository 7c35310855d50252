#!/usr/bin/env node
/// <reference types="node" />
/**
 * `ics-glossary tag page.html > tagged.html`: the server tagger on the command line, for static sites
 * and build steps; `ics-glossary validate terms.json`: a site's glossary checked as a page would check
 * it, for CMS settings pages. Usage mistakes exit with 2, files that cannot be read or are invalid with 1.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { bundledGlossary } from '../bundled.js';
import { parseAsOf } from '../model/dates.js';
import type { Glossary } from '../model/glossary.js';
import { mergeGlossary, type MergeMode } from '../model/load.js';
import { describeIssue } from '../model/validate.js';

const USAGE = `Usage: ics-glossary tag [options] [input.html]
       ics-glossary validate [--mode merge|replace] [glossary.json]

Wraps the NHS integrated-care terms in an HTML document or fragment in <ics-term>
and writes the result to standard output. Reads standard input when no file or
"-" is given. A whole document comes back as a document, a fragment as a fragment.

Options:
  --all               tag every appearance of a term, not only the first
  --exclude SELECTOR  leave content matching SELECTOR untagged, in place of the
                      default "h1, h2, h3, h4, h5, h6, code, pre, kbd, samp";
                      links, buttons, form fields, scripts, existing terms and
                      [data-ics-skip] are always left alone
  --terms ID,ID       tag only these glossary entries
  --as-of DATE        the date the page speaks of (YYYY-MM-DD), set on every term
  --glossary FILE     a JSON glossary merged with the bundled one; its entries
                      replace bundled entries with the same id
  -h, --help          show this help

validate checks a JSON glossary with the rules a page applies to it and lists
every problem on standard error, exiting with 1 if there is one. Reads standard
input when no file or "-" is given.

  --mode MODE         merge (default): links may name bundled entries;
                      replace: only the file's own entries
`;

/** A mistake in the command line, as opposed to a file that cannot be read. */
class UsageError extends Error {}

const isStdin = (path: string | undefined) => path === undefined || path === '-';
const nameOf = (path: string | undefined) => (isStdin(path) ? 'standard input' : path);
const read = (path: string | undefined) => (isStdin(path) ? text(process.stdin) : readFile(path!, 'utf8'));

async function readInput(path: string | undefined): Promise<string> {
  try {
    return await read(path);
  } catch (error) {
    throw new Error(`cannot read ${nameOf(path)}: ${(error as Error).message}`);
  }
}

async function readGlossary(path: string | undefined): Promise<unknown> {
  try {
    return JSON.parse(await read(path));
  } catch (error) {
    throw new Error(`cannot read the glossary ${nameOf(path)}: ${(error as Error).message}`);
  }
}

async function loadGlossary(path: string | undefined): Promise<Glossary> {
  if (path === undefined) return bundledGlossary;
  const glossary = mergeGlossary(bundledGlossary, await readGlossary(path));
  // As on a page: a faulty entry is skipped and reported, the rest still tag.
  for (const issue of glossary.issues) process.stderr.write(`ics-glossary: warning: ${path}: ${describeIssue(issue)}\n`);
  return glossary;
}

/** Unlike `tag`, which skips a faulty entry as a page does, any problem fails: the file is being vetted. */
async function validate(path: string | undefined, mode = 'merge'): Promise<void> {
  if (mode !== 'merge' && mode !== 'replace') throw new UsageError(`--mode "${mode}" is neither merge nor replace`);
  const { issues } = mergeGlossary(bundledGlossary, await readGlossary(path), mode as MergeMode);
  for (const issue of issues) process.stderr.write(`ics-glossary: ${nameOf(path)}: ${describeIssue(issue)}\n`);
  if (issues.length > 0) process.exitCode = 1;
  else process.stdout.write(`${nameOf(path)}: no problems\n`);
}

async function run(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        all: { type: 'boolean' },
        exclude: { type: 'string' },
        terms: { type: 'string' },
        'as-of': { type: 'string' },
        glossary: { type: 'string' },
        mode: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return void process.stdout.write(USAGE);
  const [command, input, ...extra] = positionals;
  if (command !== 'tag' && command !== 'validate') {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  if (extra.length > 0) throw new UsageError(`one input file at most, not also "${extra.join('", "')}"`);
  if (command === 'validate') return validate(input, values.mode);
  const asOf = values['as-of'];
  if (asOf !== undefined && !parseAsOf(asOf)) throw new UsageError(`--as-of "${asOf}" is not a date (YYYY-MM-DD)`);

  const glossary = await loadGlossary(values.glossary);
  const terms = values.terms?.split(/[\s,]+/).filter(Boolean);
  const unknown = terms?.filter((id) => !glossary.byId(id));
  if (unknown?.length) throw new UsageError(`--terms names no glossary entry "${unknown.join('", "')}"`);

  const html = await readInput(input);
  // Loaded only to tag, so that `validate` runs from the built file alone, without parse5 installed.
  const { tagHtml } = await import('./html.js');
  let tagged: string;
  try {
    tagged = tagHtml(html, { glossary, terms, firstOnly: !values.all, exclude: values.exclude, asOf });
  } catch (error) {
    if (error instanceof SyntaxError) throw new UsageError(`--exclude: ${error.message}`);
    throw error;
  }
  process.stdout.write(tagged);
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  const usage = error instanceof UsageError;
  process.stderr.write(`ics-glossary: ${(error as Error).message}\n${usage ? 'Run "ics-glossary --help" for usage.\n' : ''}`);
  process.exitCode = usage ? 2 : 1;
}
