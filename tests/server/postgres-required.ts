import { inject } from 'vitest';

// setupFiles of the server-postgres project: without PostgreSQL every file fails, saying why,
// instead of the project passing on SQLite or skipping unseen.
if (!inject('postgresUrl')) {
  throw new Error(`The server-postgres project needs PostgreSQL, and there is none: ${inject('postgresProblem')}`);
}
