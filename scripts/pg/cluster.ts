// A throwaway PostgreSQL cluster for tests and trying the server: initdb in a temp folder,
// listening on 127.0.0.1 only (no Unix socket), trust auth, stopped and deleted by stop().
// `npx tsx scripts/pg/cluster.ts` starts one, prints its URL and stops it on Ctrl+C.
// Uses the server binaries Debian's postgresql package installs (scripts/ensure-tools.mjs).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresCluster {
  /** Superuser URL of the cluster's `postgres` database, e.g. postgres://postgres@127.0.0.1:41234/postgres */
  url: string;
  dir: string;
  stop: () => void;
}

const DEBIAN_BINARIES = '/usr/lib/postgresql';

/** The newest installed server's bin folder, or PG_BIN when set. */
export function postgresBinaries(): string | undefined {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : undefined;
  if (!existsSync(DEBIAN_BINARIES)) return undefined;
  const versions = readdirSync(DEBIAN_BINARIES)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(DEBIAN_BINARIES, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(DEBIAN_BINARIES, versions[0], 'bin');
}

/** initdb and postgres refuse to run as root: as root, they run as the package's `postgres` user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) {
    throw new Error('Running as root, but there is no `postgres` user to run PostgreSQL as: install the postgresql package');
  }
  return { uid: Number(uid), gid: Number(gid) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(bin: string, args: string[], options: SpawnSyncOptions): void {
  const result = spawnSync(bin, args, { ...options, encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${String(result.stdout ?? '')}${String(result.stderr ?? '')}`.trim();
    throw new Error(`${bin} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`);
  }
}

/**
 * Starts a new cluster. Its default collation is ICU's en-US, as on most real servers,
 * so tests show the server does not depend on the cluster's locale. Durability is off:
 * the data is thrown away anyway.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinaries();
  if (!bin) {
    throw new Error(
      `PostgreSQL server binaries are missing (looked for ${DEBIAN_BINARIES}/*/bin/initdb${process.env.PG_BIN ? ` and PG_BIN=${process.env.PG_BIN}` : ''}). ` +
        'Install them with `node scripts/ensure-tools.mjs` as root (apt-get install postgresql), ' +
        'or point LAATU_TEST_POSTGRES_URL at a server you have.',
    );
  }
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'laatu-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const options: SpawnSyncOptions = { cwd: dir, timeout: 60_000, ...user };
  const pgCtl = join(bin, 'pg_ctl');
  let started = false;
  const stop = () => {
    if (started) spawnSync(pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w'], { ...options, stdio: 'ignore' });
    started = false;
    rmSync(dir, { recursive: true, force: true });
    process.off('exit', stop);
  };
  // A test run that ends without its teardown still takes its cluster down.
  process.on('exit', stop);

  try {
    run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8',
      '--locale-provider=icu', '--icu-locale=en-US', '--no-sync'], options);
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      appendFileSync(
        join(data, 'postgresql.conf'),
        [
          `listen_addresses = '127.0.0.1'`,
          `port = ${port}`,
          `unix_socket_directories = ''`,
          'max_connections = 200',
          'fsync = off',
          'synchronous_commit = off',
          'full_page_writes = off',
          '',
        ].join('\n'),
      );
      try {
        run(pgCtl, ['start', '-D', data, '-l', log, '-w', '-t', '60'], options);
        started = true;
        return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, stop };
      } catch (error) {
        // Another process may have taken the port between freePort() and the start.
        if (attempt >= 3) throw new Error(`${(error as Error).message}\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cluster = await startPostgresCluster();
  console.log(`PostgreSQL is up: ${cluster.url}`);
  console.log(`Try the server on it: DATABASE_URL=${cluster.url} npx tsx server/main.ts`);
  console.log('Ctrl+C stops the cluster and deletes its data.');
  const stop = () => {
    cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
