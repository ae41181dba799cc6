// The browser-test harness itself: a failed assertion that compares DOM
// nodes is reported at once, with its message, instead of hanging its file
// until testsFinishTimeout (the nodes could not cross to the runner; see
// test/plugins/serializable-results.mjs). It runs a file that fails on
// purpose, test/runner-fixtures/dom-failure.fixture.ts, which the suite's
// own glob (*.test.ts) never picks up.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

function runFixture(): Promise<{ status: number | null; output: string; seconds: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      'scripts/test.mjs',
      '--browser-only',
      '--browsers',
      'chromium',
      '--files',
      'test/runner-fixtures/dom-failure.fixture.ts',
    ],
    { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) =>
    child.on('close', (status) => resolve({ status, output, seconds: (performance.now() - started) / 1000 })),
  );
}

it('reports a failed assertion on DOM nodes with its message, and the file goes on', { timeout: 240_000 }, async () => {
  const { status, output, seconds } = await runFixture();
  const plain = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  assert.equal(status, 1, plain);
  assert.doesNotMatch(plain, /did not finish within|DataCloneError/, 'the file hung, or its results could not be sent');
  assert.match(plain, /compares two elements that differ/);
  assert.match(plain, /AssertionError: expected <body/, 'the failure keeps its message');
  assert.match(plain, /^tests: 1 passed, 1 failed, 0 skipped$/m, 'the test after the failure ran and passed');
  // A hang lasts testsFinishTimeout (360 s); Chromium starts and runs the file in seconds.
  assert.ok(seconds < 100, `took ${seconds.toFixed(0)} s`);
});
