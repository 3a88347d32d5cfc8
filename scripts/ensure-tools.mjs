// Installs what the tests need when it is missing: Debian's Chromium and Request Tracker 5
// (a real third-party help desk) for the end-to-end tests, PostgreSQL's server for the
// server-postgres tests. Test tools cannot download browsers here, so the system package
// is the browser.
import { existsSync, readdirSync } from 'node:fs';
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

/** Where Debian's postgresql package puts each version's server binaries (scripts/pg/cluster.ts looks there too). */
const POSTGRES_BINARIES = '/usr/lib/postgresql';

function hasPostgresServer() {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb'));
  if (!existsSync(POSTGRES_BINARIES)) return false;
  return readdirSync(POSTGRES_BINARIES).some((version) => existsSync(join(POSTGRES_BINARIES, version, 'bin', 'initdb')));
}

/**
 * Installs Debian's PostgreSQL server when it is missing; the server-postgres tests start
 * their own throwaway cluster from it. Not needed when LAATU_TEST_POSTGRES_URL names a
 * server. Does not throw: without it the server-postgres project fails, and says why.
 */
export function ensurePostgres() {
  if (process.env.LAATU_TEST_POSTGRES_URL || hasPostgresServer()) return true;
  if (process.getuid?.() !== 0) {
    console.warn(`PostgreSQL's server is missing (no ${POSTGRES_BINARIES}/*/bin/initdb): install it with apt-get install postgresql as root.`);
    return false;
  }
  console.log('Installing PostgreSQL from Debian packages…');
  try {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'postgresql']);
  } catch (error) {
    console.warn(`Installing PostgreSQL failed: ${error.message}`);
    return false;
  }
  // The package may start its default cluster; the tests run their own, so it stops again.
  const clusters = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' }).stdout ?? '';
  for (const [version, name, , status] of clusters.split('\n').map((line) => line.trim().split(/\s+/))) {
    if (status === 'online') spawnSync('pg_ctlcluster', [version, name, 'stop'], { stdio: 'inherit' });
  }
  return hasPostgresServer();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureChromium();
  ensureRequestTracker();
  ensurePostgres();
}
