/**
 * Which engines the browser suite runs in (scripts/engines.js): on a developer's machine a missing
 * engine is skipped with one line naming its package; in CI it stops the run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

/**
 * Chooses the launchers as web-test-runner.config.js does, with Firefox ESR missing and Chromium "found"
 * at any file that exists (only its presence is checked; nothing is launched).
 */
function launchersWithoutFirefox(ci: boolean) {
  const script = "const { browserLaunchers } = await import('./scripts/engines.js'); console.log(browserLaunchers().length);";
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: process.execPath, FIREFOX_PATH: '/nonexistent/firefox-esr', ICS_BROWSERS: 'chromium,firefox', CI: ci ? 'true' : '' },
  });
}

test('on a developer machine, a missing engine is skipped with one line naming its package', () => {
  const run = launchersWithoutFirefox(false);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), '1');
  assert.equal(run.stderr.trim(), 'Skipping Firefox ESR: not installed (apt-get install firefox-esr)');
});

test('in CI a missing engine fails the run, naming its package', () => {
  const run = launchersWithoutFirefox(true);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /CI runs the tests in every engine, but Firefox ESR is not installed \(apt-get install firefox-esr\)/);
});
