// Installed before any module loads: Dexie reads the global indexedDB when it is imported,
// and its liveQuery works only against that global.
import 'fake-indexeddb/auto';
