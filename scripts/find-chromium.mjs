// Finds a Chromium for the browser tests and benchmarks. Order: $CHROME_PATH,
// Debian's /usr/bin/chromium, then other usual names. With none found it
// provisions the system packages (scripts/system-packages.mjs: as root with
// apt-get, otherwise it says in one line what to install).
import { accessSync, constants } from 'node:fs';
import { ensureSystemPackages } from './system-packages.mjs';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
].filter(Boolean);

/** Flags for headless Chromium on a closed network and without a sandbox (root in a container). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium({ install = true } = {}) {
  const found = CANDIDATES.find(executable);
  if (found) return found;
  if (install) {
    ensureSystemPackages();
    if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
