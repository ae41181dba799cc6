// What `npm publish` would ship (scripts/check-package.mjs): every path
// package.json names is packed, nothing from tests, stories, demos or fixtures
// is, and publint and @arethetypeswrong/cli (ESM-only profile) find nothing.
// Apps that install the tarball and use it: packaging-consumers.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { contentProblems, packedFiles, runAttw, runPublint } from '../../scripts/check-package.mjs';
import { ensureDist, root, TAG_FOLDERS } from './packaging-build.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const FRAMEWORKS = ['react', 'preact', 'vue', 'svelte'];
/** Until package.json has these entries (see the lead's merge of issue 5), the checks that need them are reported as todo. */
const frameworkEntriesMissing = FRAMEWORKS.some((f) => !(`./${f}` in pkg.exports));
const folioJsUntyped = typeof pkg.exports['./folio.js'] === 'string';

let files: string[] = [];
before(
  async () => {
    await ensureDist();
    files = packedFiles();
  },
  { timeout: 180_000 },
);

describe('npm pack', () => {
  test('every path package.json names is in the pack, and no test, story, demo or fixture file is', () => {
    assert.ok(files.length > 20, `${files.length} files packed`);
    assert.deepEqual(contentProblems(pkg, files), []);
  });

  test('the pack holds the drop-in files, every tag entry, its class entry and the framework typings', () => {
    for (const file of [
      'dist/folio.js',
      'dist/folio-loader.js',
      'dist/folio.css',
      'dist/index.js',
      'dist/helpers.js',
      'dist/web-types.json',
      'dist/vscode.html-custom-data.json',
      'custom-elements.json',
      'README.md',
    ])
      assert.ok(files.includes(file), file);
    assert.equal(TAG_FOLDERS.length, 7, `the seven tags: ${TAG_FOLDERS.join(', ')}`);
    for (const tag of TAG_FOLDERS) {
      assert.ok(files.includes(`dist/${tag}.js`), `dist/${tag}.js`);
      assert.ok(files.includes(`dist/types/${tag}/define.d.ts`), `dist/types/${tag}/define.d.ts`);
      assert.ok(files.includes(`dist/${tag}/class.js`), `dist/${tag}/class.js`);
      assert.ok(files.includes(`dist/types/${tag}/class.d.ts`), `dist/types/${tag}/class.d.ts`);
    }
    for (const framework of FRAMEWORKS) {
      assert.ok(files.includes(`dist/types/frameworks/${framework}.d.ts`), `${framework} typings`);
      assert.ok(files.includes(`dist/frameworks/${framework}.js`), `${framework} run-time module`);
    }
  });

  test('each file once: one copy of each lazy chunk, types only in dist/types, a map beside each minified file', () => {
    assert.ok(files.includes('LICENSE'), 'LICENSE');
    const chunks = files.filter((f) => /^dist\/folio-chunks\/.*\.js$/.test(f));
    const stems = chunks.map((f) => f.replace(/^dist\/folio-chunks\/(.+)-[\w-]{8}\.js$/, '$1'));
    assert.deepEqual(
      stems.filter((stem, i) => stems.indexOf(stem) !== i),
      [],
      'folio.js and folio-ssr.js share their chunks',
    );
    assert.deepEqual(
      files.filter((f) => f.endsWith('.d.ts') && !f.startsWith('dist/types/')),
      [],
      'declarations ship once, in dist/types',
    );
    for (const file of ['dist/folio.js', 'dist/folio-ssr.js', 'dist/folio-loader.js', ...chunks])
      assert.ok(files.includes(`${file}.map`), `${file}.map`);
  });

  test('dist/folio-loader.js imports nothing up front and dist/folio.js, beside it, after the first paint', () => {
    const loader = readFileSync(join(root, 'dist/folio-loader.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '');
    assert.doesNotMatch(loader, /(^|[;}\s])(import|export)\s*[\w*{"']/, 'no static import: the page paints first');
    assert.match(loader, /import\(["']\.\/folio\.js["']\)/, 'import("./folio.js"), the drop-in file itself');
    assert.match(loader, /first-contentful-paint/, 'waits for the first contentful paint');
    assert.ok(loader.length < 1024, `${loader.length} bytes`);
  });

  test('the content check catches a missing export target and every kind of file that must not ship', () => {
    const fake = {
      exports: {
        '.': { types: './dist/types/index.d.ts', default: './dist/index.js' },
        './gone': './dist/gone.js',
        './styles/*': './dist/styles/*.css',
      },
    };
    const problems = contentProblems(fake, [
      'package.json',
      'dist/index.js',
      'dist/types/index.d.ts',
      'dist/article.test.js',
      'dist/post-nav.stories.d.ts',
      'test/dropin/pages/all-in-one.html',
      'stories/article.stories.ts',
      'demo/react/App.tsx',
      'fixtures/seed-article.ts',
      'folio-elements-0.1.0.tgz',
    ]);
    assert.deepEqual(
      problems.map((p) => p.split(/[ :]/)[0]),
      [
        'exports["./gone"]',
        'exports["./styles/*"]',
        'dist/article.test.js',
        'dist/post-nav.stories.d.ts',
        'test/dropin/pages/all-in-one.html',
        'stories/article.stories.ts',
        'demo/react/App.tsx',
        'fixtures/seed-article.ts',
        'folio-elements-0.1.0.tgz',
      ],
    );
  });

  test('publint finds no error or warning', { timeout: 120_000 }, async () => {
    const { ok, output } = await runPublint();
    assert.ok(ok, output);
  });

  test(
    'package.json exports the framework typings (./react, ./preact, ./vue, ./svelte) and types ./folio.js',
    {
      todo:
        frameworkEntriesMissing || folioJsUntyped
          ? 'package.json entries proposed in issue 5 (drop-in and packaging) are not merged yet'
          : false,
    },
    () => {
      for (const framework of FRAMEWORKS) {
        assert.deepEqual(pkg.exports[`./${framework}`], {
          types: `./dist/types/frameworks/${framework}.d.ts`,
          default: `./dist/frameworks/${framework}.js`,
        });
      }
      assert.deepEqual(pkg.exports['./folio.js'], { types: './dist/types/index.d.ts', default: './dist/folio.js' });
    },
  );

  test(
    'are the types wrong? (attw, ESM-only profile) finds no problem in any entry',
    {
      timeout: 120_000,
      todo: folioJsUntyped ? './folio.js has no types until the proposed package.json entry is merged' : false,
    },
    () => {
      const { ok, output } = runAttw();
      assert.ok(ok, output);
      for (const framework of frameworkEntriesMissing ? [] : FRAMEWORKS)
        assert.match(output, new RegExp(`"folio-elements/${framework}"\\s*│ OK \\(ESM\\)`));
    },
  );
});
