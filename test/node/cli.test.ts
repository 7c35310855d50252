import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tagHtml } from '../../src/tag/html.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ics-cli-'));
const page = join(dir, 'page.html');
writeFileSync(page, '<h2>ICB</h2><p>The ICB and the ICB again, with the ICS.</p>');

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/tag/cli.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('tags a file to standard output, as tagHtml does', () => {
  const run = cli(['tag', page]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, tagHtml('<h2>ICB</h2><p>The ICB and the ICB again, with the ICS.</p>'));
  assert.match(run.stdout, /<ics-term term="icb">ICB<\/ics-term> and the ICB again/);
});

test('reads standard input when no file or "-" is given', () => {
  for (const args of [['tag'], ['tag', '-']]) {
    const run = cli(args, '<p>ICB</p>');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '<p><ics-term term="icb">ICB</ics-term></p>');
  }
});

test('the options as flags', () => {
  const run = cli(['tag', '--all', '--exclude', 'p.note', '--terms', 'icb,ics', '--as-of', '2020-01-01'], '<h2>ICB</h2><p class="note">ICB</p><p>ICB ICB CCG</p>');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    run.stdout,
    '<h2><ics-term term="icb" as-of="2020-01-01">ICB</ics-term></h2><p class="note">ICB</p><p><ics-term term="icb" as-of="2020-01-01">ICB</ics-term> <ics-term term="icb" as-of="2020-01-01">ICB</ics-term> CCG</p>',
  );
});

test('--glossary merges a custom glossary with the bundled one and warns about faulty entries', () => {
  const custom = join(dir, 'custom.json');
  const entry = { term: 'XYZ', definition: 'A local board.', category: 'organisation', status: 'current', sources: [{ seed: 'local' }] };
  writeFileSync(custom, JSON.stringify({ entries: [{ id: 'xyz', ...entry }, { id: 'Bad Id', ...entry }] }));
  const run = cli(['tag', '--glossary', custom, '--all'], '<p>XYZ and ICB</p>');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '<p><ics-term term="xyz">XYZ</ics-term> and <ics-term term="icb">ICB</ics-term></p>');
  assert.match(run.stderr, /warning: .*custom\.json: glossary entry 1 .*"id"/);
});

test('validate: a glossary without problems passes, from a file or standard input', () => {
  const custom = join(dir, 'valid.json');
  const entry = { id: 'xyz', term: 'XYZ', definition: 'A local board.', category: 'organisation', status: 'current', sources: [{ seed: 'local' }] };
  writeFileSync(custom, JSON.stringify({ entries: [{ ...entry, related: ['icb'] }] }));
  const run = cli(['validate', custom]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, `${custom}: no problems\n`);
  assert.equal(run.stderr, '');
  const piped = cli(['validate'], JSON.stringify([entry]));
  assert.equal(piped.status, 0, piped.stderr);
  assert.equal(piped.stdout, 'standard input: no problems\n');
});

test('validate: every problem a page would report fails the file, each on its own line', () => {
  const custom = join(dir, 'invalid.json');
  const entry = { term: 'XYZ', definition: 'A local board.', category: 'organisation', status: 'current', sources: [{ seed: 'local' }] };
  writeFileSync(custom, JSON.stringify({ entries: [{ id: 'xyz', ...entry, related: ['icb'] }, { id: 'Bad Id', ...entry }, { id: 'abc', ...entry, status: 'gone' }] }));
  const run = cli(['validate', custom]);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.deepEqual(run.stderr.trim().split('\n'), [
    `ics-glossary: ${custom}: glossary entry 1 ("Bad Id"): field "id" must be lower-case words joined by hyphens`,
    `ics-glossary: ${custom}: glossary entry 2 ("abc"): field "status" must be one of: current, abolished, superseded, proposed, informal`,
  ]);
  // Replacing the bundled glossary, a link to a bundled entry leads nowhere.
  const replace = cli(['validate', '--mode', 'replace'], JSON.stringify({ entries: [{ id: 'xyz', ...entry, related: ['icb'] }] }));
  assert.equal(replace.status, 1);
  assert.match(replace.stderr, /standard input: glossary entry \("xyz"\): field "related" names "icb", which is not in the glossary/);
});

test('--help prints usage and succeeds', () => {
  const run = cli(['--help']);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^Usage: ics-glossary tag \[options\] \[input\.html\]/);
  assert.match(run.stdout, /--as-of DATE/);
  assert.match(run.stdout, /ics-glossary validate \[--mode merge\|replace\] \[glossary\.json\]/);
});

test('a clear error and a non-zero exit for unreadable files and bad options', () => {
  const cases: Array<[string[], number, RegExp]> = [
    [['tag', join(dir, 'missing.html')], 1, /cannot read .*missing\.html/],
    [['tag', '--glossary', join(dir, 'missing.json'), page], 1, /cannot read the glossary .*missing\.json/],
    [['tag', '--glossary', page, page], 1, /cannot read the glossary .*page\.html: .*JSON/],
    [['tag', '--bogus', page], 2, /Unknown option '--bogus'/],
    [['tag', '--as-of', 'last year', page], 2, /--as-of "last year" is not a date/],
    [['tag', '--terms', 'icb,nope', page], 2, /no glossary entry "nope"/],
    [['tag', '--exclude', 'p:hover', page], 2, /--exclude: unsupported or invalid selector "p:hover"/],
    [['tag', '--exclude'], 2, /argument missing/],
    [['tag', page, page], 2, /one input file at most/],
    [['validate', page], 1, /cannot read the glossary .*page\.html: .*JSON/],
    [['validate', join(dir, 'missing.json')], 1, /cannot read the glossary .*missing\.json/],
    [['validate', '--mode', 'append', page], 2, /--mode "append" is neither merge nor replace/],
    [['untag', page], 2, /unknown command "untag"/],
    [[], 2, /no command given/],
  ];
  for (const [args, status, message] of cases) {
    const run = cli(args);
    assert.equal(run.status, status, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message, args.join(' '));
    assert.equal(run.stdout, '', args.join(' '));
  }
});
