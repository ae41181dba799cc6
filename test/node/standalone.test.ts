// Users clone only the repository: nothing in it may read, or send a reader
// to, a file beside the clone. The seed article lives in fixtures/, and the
// public contract in docs/contract.md.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';

const root = new URL('../../', import.meta.url);
// Spelled in two pieces so that this file does not find itself.
const outside = ['..', 'shared'].join('/');

it(`no tracked file refers to ${outside}`, () => {
  // git grep exits 1 when nothing matches, 0 with the files that do.
  const run = spawnSync('git', ['grep', '-l', '--fixed-strings', outside, '--', '.'], { cwd: root, encoding: 'utf8' });
  assert.equal(
    run.status,
    1,
    `these files refer to ${outside}, which a clone does not have:\n${run.stdout}${run.stderr}`,
  );
});
