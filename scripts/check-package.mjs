// Checks what `npm publish` would ship, from the files `npm pack` lists:
//   - every path package.json points at (exports, main, module, types, bin,
//     jsdelivr/unpkg, customElements, web-types) is in the pack;
//   - no test, story, demo, fixture or benchmark file is in it;
//   - publint finds no error or warning;
//   - @arethetypeswrong/cli (profile esm-only: the package is ESM only, so
//     `require()` from CommonJS is out of scope) finds no problem in any entry.
// Run after `npm run build`: `node scripts/check-package.mjs`. Exits 1 on any
// problem; prints publint's and attw's own output either way.
// test/node/packaging.test.ts runs the same checks.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = fileURLToPath(new URL('..', import.meta.url));

/** Files that exist for the repository, never for a site that installs the package. */
export const NOT_SHIPPED = [
  /(^|\/)(test|tests|__tests__|stories|demo|fixtures?|bench|coverage|\.storybook|storybook-static|\.ci)\//,
  /\.(test|spec|stories)\.[cm]?[jt]sx?$/,
  /\.(test|spec|stories)\.d\.[cm]?ts$/,
  /(^|\/)(tsconfig[^/]*\.json|web-test-runner\.config\.mjs|vite\.config\.[cm]?[jt]s)$/,
  /\.tgz$/,
];

/** Run `npm pack --dry-run --json` in `dir`: the paths it would put in the tarball. */
export function packedFiles(dir = root) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [pack] = JSON.parse(out);
  return pack.files.map((f) => f.path);
}

/** Every file path a package.json points at, with where it is named (e.g. `exports["./react"].types`). */
export function pointedPaths(pkg) {
  const found = [];
  const walk = (value, where) => {
    if (typeof value === 'string') found.push({ where, path: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, `${where}[${JSON.stringify(k)}]`);
  };
  for (const field of [
    'main',
    'module',
    'types',
    'typings',
    'jsdelivr',
    'unpkg',
    'customElements',
    'web-types',
    'exports',
    'bin',
  ])
    if (pkg[field] !== undefined) walk(pkg[field], field);
  return found.filter((p) => p.path !== null);
}

/** Problems with the pack's contents: paths package.json names but the pack lacks, and files that should not ship. */
export function contentProblems(pkg, files) {
  const packed = new Set(files.map((f) => f.replace(/^\.\//, '')));
  const problems = [];
  for (const { where, path } of pointedPaths(pkg)) {
    const rel = path.replace(/^\.\//, '');
    if (rel.includes('*')) {
      const pattern = new RegExp(
        `^${rel
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')}$`,
      );
      if (![...packed].some((f) => pattern.test(f))) problems.push(`${where} → ${path}: no packed file matches`);
    } else if (!packed.has(rel)) problems.push(`${where} → ${path}: not in the pack`);
  }
  for (const file of packed) {
    const rule = NOT_SHIPPED.find((r) => r.test(file));
    if (rule) problems.push(`${file}: should not ship (matches ${rule})`);
  }
  return problems;
}

/** publint's messages (errors and warnings fail; suggestions are reported only), formatted as its CLI prints them. */
export async function runPublint(dir = root) {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const { messages } = await publint({ pkgDir: dir, level: 'suggestion', strict: false, pack: 'npm' });
  const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`);
  const failures = messages.filter((m) => m.type === 'error' || m.type === 'warning').length;
  return { ok: failures === 0, output: lines.length ? lines.join('\n') : 'publint: All good!' };
}

/** attw on a tarball packed into a temporary folder (nothing is written into the repository). */
export function runAttw(dir = root) {
  const scratch = mkdtempSync(join(tmpdir(), 'folio-pack-'));
  try {
    const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const tarball = join(scratch, JSON.parse(out)[0].filename);
    const cli = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');
    // Stylesheets are entries for <link> and bundlers' CSS handling, not modules with types: attw cannot judge them.
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const stylesheets = Object.entries(pkg.exports ?? {})
      .filter(([, target]) => typeof target === 'string' && target.endsWith('.css'))
      .map(([entry]) => entry);
    const exclude = stylesheets.length ? ['--exclude-entrypoints', ...stylesheets] : [];
    // --no-definitely-typed: judge the types this package ships, without asking the registry for @types.
    const run = spawnSync(
      process.execPath,
      [
        cli,
        tarball,
        '--profile',
        'esm-only',
        '--no-definitely-typed',
        '--format',
        'table-flipped',
        '--no-color',
        '--no-emoji',
        ...exclude,
      ],
      {
        encoding: 'utf8',
      },
    );
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function checkPackage(dir = root) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const files = packedFiles(dir);
  const problems = contentProblems(pkg, files);
  const publint = await runPublint(dir);
  const attw = runAttw(dir);
  return { ok: problems.length === 0 && publint.ok && attw.ok, files, problems, publint, attw };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await checkPackage();
  console.log(`npm pack: ${result.files.length} files`);
  console.log(
    result.problems.length
      ? `contents:\n  ${result.problems.join('\n  ')}`
      : 'contents: every path package.json names is packed; no test, story, demo or fixture file is',
  );
  console.log(`\n$ publint\n${result.publint.output}`);
  console.log(`\n$ attw --pack . --profile esm-only\n${result.attw.output}`);
  process.exit(result.ok ? 0 : 1);
}
