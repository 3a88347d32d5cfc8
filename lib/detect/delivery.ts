import { builtInRules } from './adapters';

/** Where the content script finds the built-in rules (read by lib/picker/content-script.ts). */
export const BUILT_IN_RULES_KEY = 'builtInDetectorRules';

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Hands the built-in adapters to content scripts as data: the worker writes them to
 * storage.local at install, update and browser start, so the detector bundled into every
 * page carries only the interpreter. Written only when they changed.
 */
export async function deliverBuiltInRules(local: LocalArea): Promise<void> {
  const current = (await local.get(BUILT_IN_RULES_KEY))[BUILT_IN_RULES_KEY];
  if (JSON.stringify(current) !== JSON.stringify(builtInRules)) await local.set({ [BUILT_IN_RULES_KEY]: builtInRules });
}
