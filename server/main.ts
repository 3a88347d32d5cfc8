import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import {
  checkConnection,
  DatabaseSetupError,
  databaseConfigFromEnv,
  describeDatabase,
  migrateToLatest,
  openDatabase,
} from './db';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './db/demo-people';
import { seedDemoOrganisation } from './db/seed';

/** Starts the server: `npx tsx server/main.ts`. Everything it does is in createApp; this only wires the process. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0-65535, got ${process.env.PORT}`);
  const dataDir = resolve(process.env.LAATU_DATA_DIR ?? './data');
  const config = databaseConfigFromEnv(process.env, resolve(dataDir, 'laatu.sqlite'));
  if (config.kind === 'sqlite') mkdirSync(dataDir, { recursive: true });

  const db = openDatabase(config);
  await checkConnection(db, config);
  await migrateToLatest(db);
  const seeded = await seedDemoOrganisation(db);

  const server = serve({ fetch: createApp({ db }).fetch, port, hostname: host }, (info) => {
    const base = `http://${host}:${info.port}`;
    console.log(`Data: ${describeDatabase(config)}${seeded ? ' (new database: demo organisation created)' : ''}`);
    console.log(`Demo desk: http://127.0.0.1:${info.port}/demo`);
    console.log(`Demo sign-ins (password "${DEMO_PASSWORD}"): ${DEMO_PEOPLE.map((p) => p.email).join(', ')}`);
    console.log(
      'Extension: run `npm run build`, open chrome://extensions, turn on Developer mode, ' +
        'choose "Load unpacked" and pick .output/chrome-mv3',
    );
    // Last, so whoever waits for this line (tests, scripts) has seen everything above.
    console.log(`Laatu server listening on ${base}`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    server.close(() => {
      db.destroy().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
    // Keep-alive connections would hold close() open; a stop must not hang.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    setTimeout(() => process.exit(1), 5000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // A setup problem says what to fix in its message; anything else gets its stack too.
  console.error(error instanceof DatabaseSetupError ? `Laatu cannot start: ${error.message}` : error);
  process.exit(1);
});
