/**
 * package.json as the registry, CDNs, bundlers and editors read it. publint and arethetypeswrong
 * (`npm run lint:package`) check the files it names; this checks what only this project knows.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version?: string; dev?: boolean; engines?: { node?: string } }>;
};

/** Whether a `sideEffects` glob (`./dist/elements/*\/*-define.js`) matches a path from the package root. */
const matches = (glob: string, file: string) =>
  new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`).test(file);
const hasSideEffects = (file: string) => (pkg.sideEffects as string[]).some((glob) => matches(glob, file));

describe('package.json', () => {
  it('its license is MIT, with the MIT text in LICENSE', () => {
    assert.equal(pkg.license, 'MIT');
    assert.match(read('LICENSE'), /^MIT License\n[\s\S]*Permission is hereby granted, free of charge/);
  });

  it('names no repository, homepage or bugs address while the project has no public home', () => {
    assert.deepEqual(['repository', 'homepage', 'bugs'].filter((field) => field in pkg), []);
  });

  it('points CDNs (unpkg, jsdelivr) at the one-script build', () => {
    assert.equal(pkg.unpkg, './dist/ics-glossary.js');
    assert.equal(pkg.jsdelivr, pkg.unpkg);
    assert.equal(pkg.exports['./ics-glossary.js'].default, pkg.unpkg);
  });

  // `engines` is the users' Node: what the dependencies need. `devEngines` is the contributors': what
  // every installed package needs, the test tools included. Every version either allows must satisfy
  // each package it covers, so npm warns of no engine on any of them.
  it('engines and devEngines allow only Node versions that the packages they cover support', () => {
    const outside = (range: string, dev: boolean) =>
      Object.entries(lock.packages)
        .filter(([path, entry]) => path && entry.engines?.node && (dev || !entry.dev))
        .filter(([, entry]) => !semver.subset(range, entry.engines!.node!))
        .map(([path, entry]) => `${path} needs node ${entry.engines!.node}`);
    assert.deepEqual(outside(pkg.engines.node, false), [], `engines.node is ${pkg.engines.node}`);
    assert.equal(pkg.devEngines.runtime.name, 'node');
    assert.deepEqual(outside(pkg.devEngines.runtime.version, true), [], `devEngines is ${pkg.devEngines.runtime.version}`);
  });

  it('says which modules have side effects: the define modules and the browser builds, not the classes', () => {
    for (const file of ['dist/define-all.js', 'dist/elements/term/ics-term-define.js', 'dist/elements/autotag/ics-autotag-define.js', 'dist/ics-glossary.js', 'dist/ics-glossary.iife.js']) {
      assert.ok(hasSideEffects(file), `${file} defines elements when imported`);
    }
    for (const file of ['dist/index.js', 'dist/define.js', 'dist/elements/term/ics-term.js', 'dist/tag/dom.js', 'dist/bundled.js']) {
      assert.ok(!hasSideEffects(file), `${file} defines nothing`);
    }
  });

  it('every element has a class entry and a define entry', () => {
    const tags = ['ics-term', 'ics-glossary', 'ics-glossary-provider', 'ics-autotag'];
    for (const tag of tags) {
      assert.match(pkg.exports[`./elements/${tag}`].default, new RegExp(`/${tag}\\.js$`));
      assert.match(pkg.exports[`./elements/${tag}/define`].default, new RegExp(`/${tag}-define\\.js$`));
    }
  });

  it('names the editor data it ships: the manifest, VS Code’s custom data and JetBrains’ web-types', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.equal(pkg['web-types'], './web-types.json');
    for (const file of ['custom-elements.json', 'html-custom-data.json', 'web-types.json']) {
      assert.ok(pkg.files.includes(file) && pkg.exports[`./${file}`], `${file} is shipped and exported`);
      assert.ok(existsSync(new URL(`../../${file}`, import.meta.url)), `${file} is missing: run \`npm run build\``);
    }
    const webTypes = JSON.parse(read('web-types.json'));
    const customData = JSON.parse(read('html-custom-data.json'));
    assert.equal(webTypes.name, pkg.name);
    const tags = ['ics-autotag', 'ics-glossary', 'ics-glossary-provider', 'ics-term'];
    assert.deepEqual(webTypes.contributions.html.elements.map((e: { name: string }) => e.name).sort(), tags);
    assert.deepEqual(customData.tags.map((t: { name: string }) => t.name).sort(), tags);
    const autotag = customData.tags.find((t: { name: string }) => t.name === 'ics-autotag');
    assert.ok(autotag.attributes.some((a: { name: string }) => a.name === 'all'));
  });

  it('publishes as it is: `npm publish --dry-run` corrects nothing and warns of nothing but the login', () => {
    // --ignore-scripts: the build that prepack runs is tested elsewhere; this is about package.json.
    const run = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const warnings = run.stderr.split('\n').filter((line) => /warn/i.test(line) && !/requires you to be logged in/.test(line));
    assert.deepEqual(warnings, []);
  });
});
