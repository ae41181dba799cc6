// The React 19 and Vue examples (demo/react, demo/vue) build with Vite, and
// the framework typings generated from custom-elements.json (React 19,
// Preact, Vue, Svelte) accept what the tags take and refuse what they do not.
// Strictness is proven twice: each deliberately wrong usage is marked as an
// expected error (a marker with no error under it is itself an error), and
// with the markers removed the same file must fail on exactly those lines.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ts from 'typescript';
import { build } from 'vite';
import { dist, ensureDist, root } from './packaging-build.js';

const scratchRoot = join(root, '.tmp');
mkdirSync(scratchRoot, { recursive: true });
// Inside the repository (git-ignored), so fixtures resolve react, vue, preact and svelte from node_modules.
const scratch = mkdtempSync(join(scratchRoot, 'framework-examples-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
before(ensureDist, { timeout: 180_000 });

/** Type errors of a program, as `file:line: message`, file relative to the repository. */
function typeErrors(rootNames: string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram(rootNames, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.replace(root, '')}:${line + 1}: ${message}`;
  });
}

/** The lines of `text` (1-based) that follow a @ts-expect-error marker. */
function markedLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (/^\s*(\/\/|\{\/\*) @ts-expect-error/.test(line) ? [i + 2] : []));
}

/**
 * Removes the @ts-expect-error markers from `file` (into the scratch folder)
 * and type-checks it: the errors must be on exactly the marked lines.
 */
function assertFailsWhereMarked(file: string, options: ts.CompilerOptions, name = file.split('/').pop()!) {
  const text = readFileSync(file, 'utf8');
  const marked = markedLines(text);
  assert.ok(marked.length >= 3, `${name} has deliberately wrong usages`);
  const stripped = join(scratch, `stripped-${name}`);
  writeFileSync(stripped, text.replaceAll('@ts-expect-error', 'expected error:'));
  const errors = typeErrors([stripped], options);
  const lines = [...new Set(errors.map((e) => Number(/^[^:]*:(\d+):/.exec(e)?.[1])))].sort((a, b) => a - b);
  assert.deepEqual(lines, marked, `errors on the marked lines only:\n${errors.join('\n')}`);
}

function tsconfig(path: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(String(d.messageText)) },
  );
  assert.ok(parsed, path);
  return parsed;
}

/** Builds an example with Vite into the scratch folder; returns its index.html and its JavaScript, concatenated. */
async function buildExample(name: string): Promise<{ html: string; js: string }> {
  const outDir = join(scratch, `${name}-build`);
  await build({
    configFile: join(root, `demo/${name}/vite.config.ts`),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const assets = readdirSync(join(outDir, 'assets'));
  const js = assets
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
    .join('\n');
  const entry = /<script type="module"[^>]* src="\/?([^"]+)"/.exec(html)?.[1];
  assert.ok(entry && existsSync(join(outDir, entry)), `index.html loads a built script (${entry})`);
  assert.ok(
    assets.some((f) => f.endsWith('.css')),
    'folio.css is part of the build',
  );
  return { html, js };
}

describe('React 19 example (demo/react)', () => {
  const config = join(root, 'demo/react/tsconfig.json');

  test(
    'builds with Vite: the tags, their properties and an onfolio-* listener are in the output',
    { timeout: 120_000 },
    async () => {
      const { js } = await buildExample('react');
      for (const tag of [
        'folio-article',
        'folio-post-nav',
        'folio-related-posts',
        'folio-copyright-notice',
        'folio-report-dialog',
      ]) {
        assert.match(js, new RegExp(`["']${tag}["']`), `${tag} is rendered`);
      }
      assert.match(js, /customElements/, 'the tags are registered by the bundle');
      assert.match(js, /["']onfolio-navigate["']/, 'React 19 is handed onfolio-navigate');
      assert.match(js, /["']onfolio-related-click["']/);
      assert.match(js, /["']onfolio-report-submit["']/);
      assert.match(js, /blocks:/, 'blocks is passed as a prop');
      assert.match(js, /items:/, 'items is passed as a prop');
    },
  );

  test('type-checks against the generated JSX typings, wrong usages included as @ts-expect-error', () => {
    const { fileNames, options } = tsconfig(config);
    assert.deepEqual(typeErrors(fileNames, options), []);
  });

  test('each deliberately wrong usage is an error of its own', () => {
    assertFailsWhereMarked(join(root, 'demo/react/typings-check.tsx'), tsconfig(config).options);
  });

  test('without the generated typings, the example does not compile (they are what types the tags)', () => {
    const { fileNames, options } = tsconfig(config);
    const empty = join(scratch, 'no-typings.d.ts');
    writeFileSync(empty, 'export {};\n');
    const errors = typeErrors(
      fileNames.filter((f) => f.endsWith('App.tsx') || f.endsWith('main.tsx')),
      {
        ...options,
        paths: { ...options.paths, 'folio-elements/react': [empty] },
      },
    );
    assert.ok(
      errors.some((e) => /folio-related-posts/.test(e) && /IntrinsicElements/.test(e)),
      errors.join('\n'),
    );
  });
});

describe('Vue example (demo/vue)', () => {
  test(
    'builds with Vite: folio- tags are custom elements, with properties and @folio-* listeners',
    { timeout: 120_000 },
    async () => {
      const { js } = await buildExample('vue');
      for (const tag of [
        'folio-article',
        'folio-post-nav',
        'folio-related-posts',
        'folio-copyright-notice',
        'folio-report-dialog',
      ]) {
        // As an element vnode with its props inline, not resolved as a Vue component (`resolveComponent("folio-…")`).
        assert.match(js, new RegExp(`\\(["']${tag}["'],\\s*\\{`), `${tag} is an element`);
        // (A method call such as the library's own querySelectorAll?.("folio-article") is not that.)
        assert.doesNotMatch(
          js,
          new RegExp(`(?<!\\.[\\w$]+|\\?\\.)\\(["']${tag}["']\\)`),
          `${tag} is not resolved as a component`,
        );
      }
      assert.match(js, /onFolioNavigate:/, '@folio-navigate becomes a listener');
      assert.match(js, /onFolioRelatedClick:/);
      assert.match(js, /onFolioReportSubmit:/);
      assert.match(js, /customElements/, 'the tags are registered by the bundle');
    },
  );
});

const fixtureOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** A fixture in the scratch folder; `TYPINGS` is replaced by the path of the generated typings for `framework`. */
function fixture(name: string, framework: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text.replaceAll('TYPINGS', join(dist, 'types/frameworks', `${framework}.js`)));
  return file;
}

const items = `[{ title: '旧书市集', href: '/posts/1.html', date: '2023-05-20' }]`;

describe('generated typings for Preact, Vue and Svelte', () => {
  test('Preact: JSX intrinsic elements', () => {
    const file = fixture(
      'preact-usage.tsx',
      'preact',
      `import type {} from 'TYPINGS';
export const ok = (
  <>
    <folio-related-posts items={${items}} limit={3} layout="grid" heading-level="3" onfolio-related-click={(e) => e.detail.position.toFixed()} />
    <folio-post-nav prev-href="/a" prevTitle="上一篇" keyboard onfolio-navigate={(e) => e.detail.href.length} />
  </>
);
export const wrong = (
  <>
    {/* @ts-expect-error */}
    <folio-related-posts limit="three" />
    {/* @ts-expect-error */}
    <folio-related-posts layout="carousel" />
    {/* @ts-expect-error */}
    <folio-related-posts heading-level="three" />
    {/* @ts-expect-error */}
    <folio-post-nav onfolio-navigate={(e) => e.detail.position} />
  </>
);
`,
    );
    const options = { ...fixtureOptions, jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact' };
    assert.deepEqual(typeErrors([file], options), []);
    assertFailsWhereMarked(file, options);
  });

  test('Vue: GlobalComponents, with @folio-x as onFolioX', () => {
    const file = fixture(
      'vue-usage.ts',
      'vue',
      `import type {} from 'TYPINGS';
import type { GlobalComponents } from 'vue';
type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const ok: Props<'folio-related-posts'> = { items: ${items}, limit: 3, layout: 'compact', onFolioRelatedClick: (e) => e.detail.item.title };
export const nav: Props<'folio-post-nav'> = { 'prev-href': '/a', prevTitle: '上一篇', onFolioNavigate: (e) => e.detail.direction };
// @ts-expect-error
export const a: Props<'folio-related-posts'> = { limit: 'three' };
// @ts-expect-error
export const b: Props<'folio-related-posts'> = { items: 'not a list' };
// @ts-expect-error
export const c: Props<'folio-article'> = { blocks: ['a paragraph'] };
// @ts-expect-error
export const d: Props<'folio-post-nav'> = { onFolioNavigate: (e: CustomEvent<{ position: number }>) => e.detail.position };
`,
    );
    assert.deepEqual(typeErrors([file], fixtureOptions), []);
    assertFailsWhereMarked(file, fixtureOptions);
  });

  test('Svelte: SvelteHTMLElements', () => {
    const file = fixture(
      'svelte-usage.ts',
      'svelte',
      `import type {} from 'TYPINGS';
import type { SvelteHTMLElements } from 'svelte/elements';
export const ok: SvelteHTMLElements['folio-related-posts'] = { items: ${items}, limit: 3, 'onfolio-related-click': (e) => e.detail.position };
export const dialog: SvelteHTMLElements['folio-report-dialog'] = { open: true, action: '/api/reports', 'onfolio-report-submit': (e) => e.detail.respondWith(Promise.resolve({ id: '1' })) };
// @ts-expect-error
export const a: SvelteHTMLElements['folio-related-posts'] = { limit: 'three' };
// @ts-expect-error
export const b: SvelteHTMLElements['folio-report-dialog'] = { open: 'yes' };
// @ts-expect-error
export const c: SvelteHTMLElements['folio-post-nav'] = { 'onfolio-navigate': (e: CustomEvent<{ position: number }>) => e.detail.position };
`,
    );
    assert.deepEqual(typeErrors([file], fixtureOptions), []);
    assertFailsWhereMarked(file, fixtureOptions);
  });
});
