import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tagHtml } from '../../src/tag/html.ts';
import { VERSION } from '../../src/version.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ics-cli-'));
const page = join(dir, 'page.html');
writeFileSync(page, '<h2>ICB</h2><p>The ICB and the ICB again, with the ICS.</p>\n');

const ARGS = ['--import', 'tsx', 'src/tag/cli.ts'];

function cli(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, [...ARGS, ...args], { cwd: ROOT, input });
  return { status: run.status, stdout: run.stdout.toString('utf8'), bytes: run.stdout, stderr: run.stderr.toString('utf8') };
}

/** Each kind of quotation mark in `message` comes in pairs. */
function assertQuotesBalanced(message: string) {
  assert.equal(message.split('"').length % 2, 1, `unbalanced double quotes in ${message}`);
  assert.equal(message.split("'").length % 2, 1, `unbalanced single quotes in ${message}`);
}

test('tags a file to standard output, as tagHtml does, changing nothing else', () => {
  const run = cli(['tag', page]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, tagHtml(readFileSync(page, 'utf8')));
  assert.equal(run.stdout, '<h2>ICB</h2><p>The <ics-term term="icb">ICB</ics-term> and the ICB again, with the <ics-term term="ics">ICS</ics-term>.</p>\n');
});

test('reads standard input when no file or "-" is given', () => {
  for (const args of [['tag'], ['tag', '-']]) {
    const run = cli(args, '<p>ICB</p>');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '<p><ics-term term="icb">ICB</ics-term></p>');
  }
});

test('the options as flags', () => {
  const run = cli(['tag', '--all', '--exclude', 'p.note, h2 + p', '--terms', 'icb,ics', '--as-of', '2020-01-01'], '<h2>ICB</h2><p>ICS</p><p class="note">ICB</p><p>ICB ICB CCG</p>');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    run.stdout,
    '<h2><ics-term term="icb" as-of="2020-01-01">ICB</ics-term></h2><p>ICS</p><p class="note">ICB</p><p><ics-term term="icb" as-of="2020-01-01">ICB</ics-term> <ics-term term="icb" as-of="2020-01-01">ICB</ics-term> CCG</p>',
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

test('--help prints usage and --version the version, and both succeed', () => {
  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: ics-glossary tag \[options\] \[input\.html\]/);
  assert.match(help.stdout, /--as-of DATE/);
  assert.match(help.stdout, /--in-place/);
  assert.match(help.stdout, /ics-glossary validate \[--mode merge\|replace\] \[glossary\.json\]/);
  for (const flag of ['--version', '-v']) assert.deepEqual(cli([flag]), { status: 0, stdout: `${VERSION}\n`, bytes: Buffer.from(`${VERSION}\n`), stderr: '' });
});

test('a clear error, with its quotes in pairs, and a non-zero exit for unreadable files, pages that are not HTML and bad options', () => {
  const json = join(dir, 'data.json');
  writeFileSync(json, '{"entries": [1, 2, 3]}\n');
  const png = join(dir, 'image.png');
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const cases: Array<[string[], number, RegExp]> = [
    [['tag', join(dir, 'missing.html')], 1, /cannot read .*missing\.html/],
    [['tag', '--glossary', join(dir, 'missing.json'), page], 1, /cannot read the glossary .*missing\.json/],
    [['tag', '--glossary', page, page], 1, /cannot read the glossary .*page\.html: .*JSON/],
    [['tag', json], 1, /data\.json is JSON, not HTML/],
    [['tag', png], 1, /image\.png holds binary data, not HTML \(a NUL byte at 8; UTF-16 needs a byte-order mark\)/],
    [['tag', '--bogus', page], 2, /unknown option "--bogus"/],
    [['tag', '--as-of', 'last year', page], 2, /--as-of "last year" is not a date/],
    [['tag', '--terms', 'icb,nope', page], 2, /no glossary entry "nope"/],
    [['tag', '--exclude', 'p:hover', page], 2, /--exclude: invalid or unsupported selector "p:hover": :hover is not supported/],
    [['tag', '--exclude', 'p:nth-child(', page], 2, /--exclude: invalid or unsupported selector "p:nth-child\("/],
    [['tag', '--exclude'], 2, /option "--exclude <value>" argument missing/i],
    [['tag', '--in-place'], 2, /--in-place needs an input file/],
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
    assertQuotesBalanced(run.stderr);
  }
});

test('a page in windows-1252 or UTF-16 comes back in its own encoding, byte for byte apart from the terms', () => {
  const cases: Array<[name: string, encode: (html: string) => Buffer]> = [
    ['windows-1252 by <meta>', (html) => Buffer.from(`<meta charset="windows-1252">${html}`, 'latin1')],
    ['windows-1252, with bytes that are not UTF-8 and no <meta>', (html) => Buffer.from(html, 'latin1')],
    ['UTF-8 with a byte-order mark', (html) => Buffer.from(`\ufeff${html}`, 'utf8')],
    ['UTF-16LE', (html) => Buffer.from(`\ufeff${html}`, 'utf16le')],
    ['UTF-16BE', (html) => Buffer.from(`\ufeff${html}`, 'utf16le').swap16()],
  ];
  const html = '<p>Caf\u00e9 \u00abICB\u00bb and ICS\u00a0\u00e9t\u00e9</p>\r\n';
  for (const [name, encode] of cases) {
    const run = cli(['tag'], encode(html));
    assert.equal(run.status, 0, `${name}: ${run.stderr}`);
    assert.deepEqual(run.bytes, encode(html.replace('ICB', '<ics-term term="icb">ICB</ics-term>').replace('ICS', '<ics-term term="ics">ICS</ics-term>')), name);
  }
});

test('a page the tagger cannot write back in its encoding is refused, not changed', () => {
  const shiftJis = Buffer.concat([Buffer.from('<meta charset="shift_jis"><p>ICB '), Buffer.from([0x82, 0xa0]), Buffer.from('</p>')]);
  const notUtf8 = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>ICB '), Buffer.from([0xff]), Buffer.from('</p>')]);
  const cases: Array<[Buffer, RegExp]> = [
    [shiftJis, /standard input is in Shift_JIS with characters of more than one byte, which the tagger cannot write back; convert it to UTF-8/],
    [notUtf8, /standard input is not valid UTF-8, the encoding its byte-order mark or <meta charset> names/],
  ];
  for (const [input, message] of cases) {
    const run = cli(['tag'], input);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, message);
    assert.equal(run.stdout, '');
  }
});

test('--in-place replaces the file whole, through a new file renamed over it, keeping its mode', () => {
  const file = join(dir, 'in-place.html');
  const original = '<p>The ICB</p>\n';
  writeFileSync(file, original);
  chmodSync(file, 0o640);
  // A second name for the old file: a file rewritten where it lies would change under both names.
  linkSync(file, join(dir, 'in-place.old'));
  const run = cli(['tag', '--in-place', file]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
  assert.equal(readFileSync(file, 'utf8'), '<p>The <ics-term term="icb">ICB</ics-term></p>\n');
  assert.equal(readFileSync(join(dir, 'in-place.old'), 'utf8'), original);
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);

  const refused = join(dir, 'refused.html');
  writeFileSync(refused, '[1, 2]');
  assert.equal(cli(['tag', '-i', refused]).status, 1);
  assert.equal(readFileSync(refused, 'utf8'), '[1, 2]');
});

test('stops quietly, and successfully, when whoever reads its output stops reading (… | head)', async () => {
  const big = join(dir, 'big.html');
  writeFileSync(big, '<p>The ICB and the ICS, again and again.</p>\n'.repeat(50000));
  const child = spawn(process.execPath, [...ARGS, 'tag', '--all', big], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (data) => (stderr += data));
  // Reads the first chunk, then closes the pipe, as head does.
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(status, 0);
});
