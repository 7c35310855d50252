#!/usr/bin/env node
/// <reference types="node" />
/**
 * `ics-glossary tag page.html > tagged.html`: the server tagger on the command line, for static sites
 * and build steps; `ics-glossary validate terms.json`: a site's glossary checked as a page would check
 * it, for CMS settings pages. Usage mistakes exit with 2; files that cannot be read, are not HTML pages
 * or are invalid glossaries with 1.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { bundledGlossary } from '../bundled.js';
import { parseAsOf } from '../model/dates.js';
import type { Glossary } from '../model/glossary.js';
import { mergeGlossary, type MergeMode } from '../model/load.js';
import { describeIssue } from '../model/validate.js';
import { VERSION } from '../version.js';

const USAGE = `Usage: ics-glossary tag [options] [input.html]
       ics-glossary validate [--mode merge|replace] [glossary.json]

Wraps the NHS integrated-care terms in an HTML document or fragment in <ics-term>
and writes the result to standard output; nothing else in the page changes. Reads
standard input when no file or "-" is given. The page may be in UTF-8, UTF-16 or a
single-byte encoding such as windows-1252 (from its byte-order mark or <meta charset>);
the result is in the same encoding.

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
  --embed-glossary    write the entries the page's terms use into the page, as a
                      <script type="application/json" data-ics-glossary> block
                      for the data-less build, ics-glossary-no-data.js
  -i, --in-place      write the result over the input file (which must be given)
  -h, --help          show this help
  -v, --version       show the version

validate checks a JSON glossary with the rules a page applies to it and lists
every problem on standard error, exiting with 1 if there is one. Reads standard
input when no file or "-" is given.

  --mode MODE         merge (default): links may name bundled entries;
                      replace: only the file's own entries
`;

/** A mistake in the command line, as opposed to a file that cannot be read. */
class UsageError extends Error {}

/** Node's own messages for some mistakes quote unevenly; these say the same in the CLI's words. */
function usageError(error: Error & { code?: string }): UsageError {
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /^Unknown option '([^']*)'/.exec(error.message);
  return new UsageError(unknown ? `unknown option "${unknown[1]}"` : error.message.replaceAll("'", '"'));
}

const isStdin = (path: string | undefined) => path === undefined || path === '-';
const nameOf = (path: string | undefined) => (isStdin(path) ? 'standard input' : path);

async function readInput(path: string | undefined): Promise<Buffer> {
  try {
    return isStdin(path) ? await buffer(process.stdin) : await readFile(path!);
  } catch (error) {
    throw new Error(`cannot read ${nameOf(path)}: ${(error as Error).message}`);
  }
}

async function readGlossary(path: string | undefined): Promise<unknown> {
  try {
    return JSON.parse((isStdin(path) ? await buffer(process.stdin) : await readFile(path!)).toString('utf8'));
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

/**
 * Writes `chunks` over `path` so that the file is either left as it was or wholly replaced: the
 * chunks go to a new file beside it, which then takes its name.
 */
async function replaceFile(path: string, chunks: Iterable<Uint8Array>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const { mode } = await stat(path);
  try {
    const file = await open(temporary, 'wx', mode);
    try {
      // A few hundred chunks to a call; writev takes at most IOV_MAX (1024) at a time.
      let batch: Uint8Array[] = [];
      for (const chunk of chunks) {
        batch.push(chunk);
        if (batch.length === 512) {
          await file.writev(batch);
          batch = [];
        }
      }
      await file.writev(batch);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(`cannot write ${path}: ${(error as Error).message}; it is unchanged`);
  }
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
        'embed-glossary': { type: 'boolean' },
        'in-place': { type: 'boolean', short: 'i' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw usageError(error as Error);
  }
  const { values, positionals } = parsed;
  if (values.help) return void process.stdout.write(USAGE);
  if (values.version) return void process.stdout.write(`${VERSION}\n`);
  const [command, input, ...extra] = positionals;
  if (command !== 'tag' && command !== 'validate') {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  if (extra.length > 0) throw new UsageError(`one input file at most, not also "${extra.join('", "')}"`);
  if (command === 'validate') return validate(input, values.mode);
  const inPlace = values['in-place'];
  if (inPlace && (input === undefined || input === '-')) throw new UsageError('--in-place needs an input file');
  const asOf = values['as-of'];
  if (asOf !== undefined && !parseAsOf(asOf)) throw new UsageError(`--as-of "${asOf}" is not a date (YYYY-MM-DD)`);

  const glossary = await loadGlossary(values.glossary);
  const only = values.terms?.split(/[\s,]+/).filter(Boolean);
  const unknown = only?.filter((id) => !glossary.byId(id));
  if (unknown?.length) throw new UsageError(`--terms names no glossary entry "${unknown.join('", "')}"`);

  // Loaded only to tag, so that `validate` runs from the built file alone, without parse5 installed.
  const [{ decodePage, PageError, withTermBytes }, { newTerms }] = await Promise.all([import('./encoding.js'), import('./html.js')]);
  let page;
  try {
    page = decodePage(await readInput(input));
  } catch (error) {
    if (error instanceof PageError) throw new Error(`${nameOf(input)} ${error.message}`);
    throw error;
  }
  let terms;
  try {
    terms = newTerms(page.text, {
      glossary,
      terms: only,
      firstOnly: !values.all,
      exclude: values.exclude,
      asOf,
      embedGlossary: values['embed-glossary'],
    });
  } catch (error) {
    if (error instanceof SyntaxError) throw new UsageError(`--exclude: ${error.message}`);
    throw error;
  }
  const chunks = withTermBytes(page, terms);
  if (inPlace) await replaceFile(input!, chunks);
  else await pipeline(Readable.from(chunks), process.stdout, { end: false });
}

/** Whether `error` says that whoever reads the output has stopped reading (`ics-glossary tag … | head`). */
const isClosedPipe = (error: unknown) => (error as { code?: string }).code === 'EPIPE';

process.stdout.on('error', (error) => {
  if (isClosedPipe(error)) process.exit(0);
});

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (!isClosedPipe(error)) {
    const usage = error instanceof UsageError;
    process.stderr.write(`ics-glossary: ${(error as Error).message}\n${usage ? 'Run "ics-glossary --help" for usage.\n' : ''}`);
    process.exitCode = usage ? 2 : 1;
  }
}
