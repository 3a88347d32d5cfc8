import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/** Build output and end-to-end tests never run in the fast projects. */
const exclude = [...configDefaults.exclude, '.output/**', '.output-test/**', 'tests/e2e/**'];

/**
 * One project per kind of test; each says where its files are and what they run in.
 * `npx vitest run --project server` (or server-postgres, unit, e2e) runs one of them.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          exclude,
          // Set here, so a LAATU_TEST_DATABASE left in the shell cannot move this project off SQLite.
          env: { LAATU_TEST_DATABASE: 'sqlite' },
        },
      },
      {
        // The same server tests on PostgreSQL: a throwaway cluster for the run (or the server
        // LAATU_TEST_POSTGRES_URL names), a database of its own per test server. Without
        // PostgreSQL every file fails, saying why.
        test: {
          name: 'server-postgres',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          exclude,
          env: { LAATU_TEST_DATABASE: 'postgres' },
          globalSetup: ['tests/server/postgres-setup.ts'],
          setupFiles: ['tests/server/postgres-required.ts'],
        },
      },
      {
        // Same '@/' alias as WXT's generated tsconfig, for tests of extension code.
        resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/detect/**/*.test.ts'],
          exclude,
          // fake-indexeddb must be global before Dexie is imported.
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        // A built extension in real Chromium against the real server: slow, one file at a time.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          exclude: configDefaults.exclude,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
