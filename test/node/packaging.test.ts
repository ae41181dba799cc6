// What `npm publish` would ship (scripts/check-package.mjs): every path
// package.json names is packed, nothing from tests, stories, demos or fixtures
// is, and publint and @arethetypeswrong/cli (ESM-only profile) find nothing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import ts from 'typescript';
import { contentProblems, packedFiles, runAttw, runPublint } from '../../scripts/check-package.mjs';
import { ensureDist, root } from './packaging-build.js';

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

  test('the pack holds the drop-in files, every tag entry and the framework typings', () => {
    for (const file of ['dist/folio.js', 'dist/folio.css', 'dist/index.js', 'custom-elements.json', 'README.md'])
      assert.ok(files.includes(file), file);
    for (const tag of [
      'article',
      'section-heading',
      'post-nav',
      'related-posts',
      'copyright-notice',
      'report-dialog',
    ]) {
      assert.ok(files.includes(`dist/${tag}.js`), `dist/${tag}.js`);
      assert.ok(files.includes(`dist/types/${tag}/define.d.ts`), `dist/types/${tag}/define.d.ts`);
    }
    for (const framework of FRAMEWORKS) {
      assert.ok(files.includes(`dist/types/frameworks/${framework}.d.ts`), `${framework} typings`);
      assert.ok(files.includes(`dist/frameworks/${framework}.js`), `${framework} run-time module`);
    }
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

/**
 * Installs the packed tarball of `dir` into a scratch project (inside the
 * repository, so react and lit resolve from its node_modules) and type-checks
 * a React file that reaches the typings only through the package's exports.
 */
function consumerTypeErrors(dir: string, resolution: 'bundler' | 'node16'): string[] {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const project = mkdtempSync(join(root, '.tmp', 'consumer-'));
  try {
    const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const installed = join(project, 'node_modules', 'folio-elements');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(project, JSON.parse(out)[0].filename), '-C', installed, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), '{ "type": "module", "private": true }\n');
    const app = join(project, 'app.tsx');
    writeFileSync(
      app,
      `import 'folio-elements/related-posts';
import type {} from 'folio-elements/react';
import type { RelatedItem } from 'folio-elements/related-posts';
const items: RelatedItem[] = [{ title: '旧书市集', href: '/posts/1.html' }];
export const ok = <folio-related-posts items={items} limit={3} onfolio-related-click={(e) => e.detail.position.toFixed()} />;
// @ts-expect-error limit is a number
export const wrong = <folio-related-posts limit="three" />;
`,
    );
    const node16 = resolution === 'node16';
    const program = ts.createProgram([app], {
      target: ts.ScriptTarget.ES2022,
      module: node16 ? ts.ModuleKind.Node16 : ts.ModuleKind.ESNext,
      moduleResolution: node16 ? ts.ModuleResolutionKind.Node16 : ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

describe('a React project that installed the package', () => {
  for (const resolution of ['bundler', 'node16'] as const) {
    test(
      `type-checks through the package's exports (moduleResolution ${resolution})`,
      {
        timeout: 120_000,
        todo: frameworkEntriesMissing
          ? 'package.json has no ./react entry until the proposed entries are merged'
          : false,
      },
      () => {
        assert.deepEqual(consumerTypeErrors(root, resolution), []);
      },
    );
  }
});
