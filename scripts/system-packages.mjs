// The Debian packages that `npm test` and `.ci/run` need beyond Node and npm:
// one list, read by both. Each entry says how to tell it is already there,
// so a machine that has the program some other way (a Chrome in CHROME_PATH,
// a PostgreSQL from elsewhere) is not asked to install it again.
//
// `node scripts/system-packages.mjs` installs what is missing with apt-get
// when it runs as root, and otherwise prints the one command to run and exits
// with 1. `--check` only lists what is missing.
import { execFileSync, spawnSync } from 'node:child_process';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const ok = (file, args) => spawnSync(file, args, { stdio: 'ignore' }).status === 0;
const installed = (name) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed');

export const SYSTEM_PACKAGES = [
  {
    name: 'chromium',
    why: 'browser tests, benchmarks and screenshots',
    present: () => Boolean(process.env.CHROME_PATH) || has('chromium'),
  },
  {
    name: 'fonts-noto-cjk',
    why: 'Chinese and Japanese text in the browsers',
    present: () => installed('fonts-noto-cjk'),
  },
  { name: 'firefox-esr', why: 'browser tests in Firefox', present: () => has('firefox-esr') },
  {
    name: 'webkit2gtk-driver',
    why: 'browser tests in WebKit (WebKitWebDriver)',
    present: () => has('WebKitWebDriver'),
  },
  { name: 'xvfb', why: 'a display for WebKit', present: () => has('Xvfb') },
  {
    name: 'postgresql',
    why: 'the PostgreSQL store tests start their own cluster',
    present: () => ok('sh', ['-c', 'ls /usr/lib/postgresql/*/bin/initdb']),
  },
  { name: 'php-cli', why: 'the PHP CMS recipe is rendered by PHP', present: () => has('php') },
  {
    name: 'python3-jinja2',
    why: 'the Jinja CMS recipe is rendered by Jinja',
    present: () => ok('python3', ['-c', 'import jinja2']),
  },
];

/** The packages of the list that this machine lacks. */
export function missingPackages() {
  return SYSTEM_PACKAGES.filter((p) => !p.present());
}

/**
 * Makes sure every package is there: installs the missing ones as root on a
 * machine with apt-get; otherwise throws with the one command to run.
 */
export function ensureSystemPackages() {
  const missing = missingPackages();
  if (!missing.length) return;
  const names = missing.map((p) => p.name);
  const command = `apt-get install -y --no-install-recommends ${names.join(' ')}`;
  if (process.getuid?.() === 0 && has('apt-get')) {
    console.log(`Installing the system packages the tests need: ${names.join(', ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // Another install (a second `npm test`, unattended upgrades) holds apt's lock for a while: wait for it.
    const wait = ['-o', 'DPkg::Lock::Timeout=600'];
    execFileSync('apt-get', ['update', '-q', ...wait], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-q', ...wait, '--no-install-recommends', ...names], {
      stdio: 'inherit',
      env,
    });
    const still = missingPackages();
    if (still.length)
      throw new Error(`apt-get ran, but these are still missing: ${still.map((p) => p.name).join(', ')}`);
    return;
  }
  const reasons = missing.map((p) => `  ${p.name}: ${p.why}`).join('\n');
  throw new Error(`The tests need these system packages:\n${reasons}\nInstall them with:\n  sudo ${command}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const missing = missingPackages();
    console.log(missing.length ? missing.map((p) => p.name).join(' ') : 'none missing');
    process.exit(missing.length ? 1 : 0);
  }
  try {
    ensureSystemPackages();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
