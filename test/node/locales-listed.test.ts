// test/core/locales-complete.test.ts checks that every built-in table has the
// same keys in zh-CN, zh-TW, en and ja, but only for the string modules it
// imports. Strings that travel with a lazy part are not reached through
// src/index.ts, so that test imports every module by name; this makes sure
// a new one is not forgotten.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';

const root = new URL('../../', import.meta.url);

it('every string module is checked for complete locales', () => {
  const test = readFileSync(new URL('test/core/locales-complete.test.ts', root), 'utf8');
  const missing = readdirSync(new URL('src/locales/', root))
    .filter((f) => f.endsWith('.ts') && f !== 'registry.ts')
    .filter((f) => !test.includes(`import '../../src/locales/${f.replace(/\.ts$/, '.js')}';`));
  assert.deepEqual(missing, []);
});
