/** The extension's one IndexedDB database, which Dexie (db.ts) keeps and first-read.ts reads ahead. */
export const DB_NAME = 'laatu';
