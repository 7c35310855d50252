#!/usr/bin/env node
/// <reference types="node" />
/**
 * `ics-glossary tag page.html > tagged.html`: the server tagger on the command line, for static sites
 * and build steps. Usage mistakes exit with 2; files that cannot be read or are not HTML pages with 1.
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
import { mergeGlossary } from '../model/load.js';
import { describeIssue } from '../model/validate.js';
import { VERSION } from '../version.js';
import { decodePage, PageError, withTermBytes } from './encoding.js';
import { newTerms } from './html.js';

const USAGE = `Usage: ics-glossary tag [options] [input.html]

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
  -i, --in-place      write the result over the input file (which must be given)
  -h, --help          show this help
  -v, --version       show the version
`;

/** A mistake in the command line, as opposed to a file that cannot be read. */
class UsageError extends Error {}

/** Node's own messages for some mistakes quote unevenly; these say the same in the CLI's words. */
function usageError(error: Error & { code?: string }): UsageError {
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /^Unknown option '([^']*)'/.exec(error.message);
  return new UsageError(unknown ? `unknown option "${unknown[1]}"` : error.message.replaceAll("'", '"'));
}

async function readInput(path: string | undefined): Promise<Buffer> {
  try {
    return path === undefined || path === '-' ? await buffer(process.stdin) : await readFile(path);
  } catch (error) {
    throw new Error(`cannot read ${path ?? 'standard input'}: ${(error as Error).message}`);
  }
}

async function loadGlossary(path: string | undefined): Promise<Glossary> {
  if (path === undefined) return bundledGlossary;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the glossary ${path}: ${(error as Error).message}`);
  }
  const glossary = mergeGlossary(bundledGlossary, data);
  // As on a page: a faulty entry is skipped and reported, the rest still tag.
  for (const issue of glossary.issues) process.stderr.write(`ics-glossary: warning: ${path}: ${describeIssue(issue)}\n`);
  return glossary;
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
  if (command !== 'tag') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (extra.length > 0) throw new UsageError(`one input file at most, not also "${extra.join('", "')}"`);
  const inPlace = values['in-place'];
  if (inPlace && (input === undefined || input === '-')) throw new UsageError('--in-place needs an input file');
  const asOf = values['as-of'];
  if (asOf !== undefined && !parseAsOf(asOf)) throw new UsageError(`--as-of "${asOf}" is not a date (YYYY-MM-DD)`);

  const glossary = await loadGlossary(values.glossary);
  const only = values.terms?.split(/[\s,]+/).filter(Boolean);
  const unknown = only?.filter((id) => !glossary.byId(id));
  if (unknown?.length) throw new UsageError(`--terms names no glossary entry "${unknown.join('", "')}"`);

  let page;
  try {
    page = decodePage(await readInput(input));
  } catch (error) {
    if (error instanceof PageError) throw new Error(`${input ?? 'standard input'} ${error.message}`);
    throw error;
  }
  let terms;
  try {
    terms = newTerms(page.text, { glossary, terms: only, firstOnly: !values.all, exclude: values.exclude, asOf });
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
