// Installs what the end-to-end tests need when it is missing: Debian's Chromium, and
// Request Tracker 5 as a real third-party help desk. Test tools cannot download browsers
// here, so the system package is the browser.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with ${result.status}`);
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  console.log('Installing Chromium from Debian packages…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
}

/** Request Tracker's standalone server, from Debian's request-tracker5 and rt5-standalone. */
export const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server';
const RT_INSTALL = join(dirname(fileURLToPath(import.meta.url)), 'rt', 'install.sh');

/**
 * Installs Request Tracker 5 (scripts/rt/install.sh) when it is missing. Does not throw:
 * without it only tests/e2e/request-tracker.e2e.test.ts fails, and says why.
 */
export function ensureRequestTracker() {
  if (existsSync(RT_SERVER) && spawnSync('perl', ['-MStarlet', '-e', '1']).status === 0) return true;
  if (process.getuid?.() !== 0) {
    console.warn(`Request Tracker is missing at ${RT_SERVER}: run scripts/rt/install.sh as root.`);
    return false;
  }
  console.log('Installing Request Tracker 5 from Debian packages…');
  const result = spawnSync('bash', [RT_INSTALL], { stdio: 'inherit' });
  if (result.status !== 0) console.warn(`scripts/rt/install.sh failed with ${result.status}.`);
  return result.status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureChromium();
  ensureRequestTracker();
}
