import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The side panel's first script (entrypoints/panel-start.ts) runs before the panel's modules
 * have loaded, to start the first reads sooner; it is worth it only while it stays small. Its
 * static imports, followed through the sources, must not reach zod, Dexie or Preact. The
 * panel's own modules load Dexie only once the first paint is done (lib/store/lazy-db.ts).
 */
const HEAVY = ['zod', 'dexie', 'preact', '@preact/signals'];

function resolveSource(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(isFile) ?? null;
}

/** Every module the file loads, following relative imports; type-only imports load nothing. */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    // Static imports and re-exports only (an import() in code loads later, when it runs).
    for (const [, clause = '', specifier] of source.matchAll(/^(?:import|export)\s+(?:([\w*{}\s,$]+?)\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
      if (/^type\s/.test(clause) || names?.split(',').every((name) => /^\s*type\s|^\s*$/.test(name))) continue;
      if (specifier!.startsWith('.')) {
        const next = resolveSource(file, specifier!);
        if (!next) throw new Error(`${relative(process.cwd(), file)}: cannot resolve ${specifier}`);
        visit(next);
      } else packages.add(specifier!);
    }
  };
  visit(resolve(entry));
  return { files: files.map((f) => relative(process.cwd(), f)), packages };
}

describe('the side panel’s first script', () => {
  test('loads neither zod, Dexie nor Preact', () => {
    const { files, packages } = importGraph('entrypoints/panel-start.ts');
    expect(files).toContain('lib/store/first-read.ts');
    expect(files).toContain('entrypoints/sidepanel/browser-tabs.ts');
    for (const heavy of HEAVY) expect([...packages].filter((p) => p === heavy || p.startsWith(`${heavy}/`)), heavy).toEqual([]);
    expect(files.filter((f) => f === 'lib/domain/index.ts' || f === 'lib/store/db.ts')).toEqual([]);
  });

  test('the panel’s modules leave Dexie out too: it loads when the model first awaits the database', () => {
    const { files, packages } = importGraph('entrypoints/sidepanel/main.tsx');
    expect(files).toContain('lib/store/lazy-db.ts');
    expect(files).not.toContain('lib/store/db.ts');
    expect([...packages].filter((p) => p === 'dexie' || p.startsWith('dexie/'))).toEqual([]);
    // The check sees packages: the panel's modules do load zod and Preact.
    expect([...packages]).toEqual(expect.arrayContaining(['zod', 'preact']));
  });
});
