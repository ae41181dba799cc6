/**
 * The packaging tests (Node) and the drop-in pages (browser, through
 * test/routes/dropin.ts) check the real build output, so they build dist/ once
 * when it is missing or older than what it is built from. The build takes a
 * few seconds; `npm test` in CI runs before `npm run build`, so it is needed.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = join(root, 'dist');
/** The tags' folders under src/ (those with a define.ts): article, section-heading, post-nav, … */
export const TAG_FOLDERS = readdirSync(join(root, 'src'))
  .filter((name) => existsSync(join(root, 'src', name, 'define.ts')))
  .sort();

/** Written last by scripts/build.mjs: when it exists, the build ran to the end. */
const lastOutput = join(dist, 'web-types.json');
const inputs = [
  'src',
  'scripts/build.mjs',
  'scripts/framework-types.mjs',
  'scripts/editor-data.mjs',
  'scripts/minify-templates.mjs',
  'custom-elements.json',
  'tsconfig.build.json',
  'package.json',
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ needs a build, or null when it is up to date. */
export function staleReason(): string | null {
  if (!existsSync(lastOutput)) return 'dist/ is missing or incomplete';
  const built = statSync(lastOutput).mtimeMs;
  const changed = inputs.find((input) => existsSync(join(root, input)) && newestMtime(join(root, input)) > built);
  return changed ? `${changed} changed after the last build` : null;
}

let building: Promise<void> | undefined;

/** Builds dist/ with scripts/build.mjs unless it is fresh; one build per process however many callers. */
export function ensureDist(): Promise<void> {
  if (!building) {
    const reason = staleReason();
    building = !reason
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          console.log(`building dist/ for the packaging tests: ${reason}`);
          execFile(
            process.execPath,
            [join(root, 'scripts/build.mjs')],
            { cwd: root, maxBuffer: 16 * 1024 * 1024 },
            (error, stdout, stderr) => {
              if (error) reject(new Error(`npm run build failed:\n${stdout}\n${stderr}`));
              else resolve();
            },
          );
        });
  }
  return building;
}
