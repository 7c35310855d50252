import { relative } from 'node:path';

/**
 * A reporter that repeats every failure, one line each, after the run has finished. The default
 * reporter prints a failure when its file ends, which a CI log's tail (all that is kept of a long
 * run) has often lost by the time the run's totals come.
 */
export function failureSummary() {
  return {
    onTestRunFinished({ sessions }) {
      const lines = [];
      for (const session of sessions.filter((s) => !s.passed)) {
        const where = `[${session.browser.name}] ${relative(process.cwd(), session.testFile)}`;
        for (const error of session.errors ?? []) lines.push(`${where}: ${error.message}`);
        for (const [path, test] of failedTests(session.testResults)) {
          lines.push(`${where} › ${[...path, test.name].join(' › ')}: ${test.error?.message ?? 'failed'}`);
        }
        if (!session.testResults && !session.errors?.length) lines.push(`${where}: no results`);
      }
      if (lines.length) console.log(`\nFailed (${lines.length}):\n${lines.map((l) => `  ✗ ${l}`).join('\n')}\n`);
    },
  };
}

/** The failed tests of a suite, each with the names of the suites it sits in. */
function* failedTests(suite, path = []) {
  if (!suite) return;
  for (const test of suite.tests) if (!test.passed && !test.skipped) yield [path, test];
  for (const child of suite.suites) yield* failedTests(child, [...path, child.name]);
}
