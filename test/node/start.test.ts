/** `npm start` on a port that something else holds: one line that says so, and a failing exit, at once. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('npm start on a busy port says so in one line and exits non-zero, before building', async () => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, 'localhost', resolve));
  const { port } = holder.address() as { port: number };
  try {
    const run = spawnSync('npm', ['start'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORT: String(port) } });
    assert.notEqual(run.status, 0);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, new RegExp(`port ${port} on localhost is in use; .*PORT=8080 npm start`));
    assert.doesNotMatch(run.stdout, /rollup|created dist/);
  } finally {
    holder.close();
  }
});
