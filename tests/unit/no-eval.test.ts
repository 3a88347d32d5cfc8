import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';

/**
 * Extension contexts forbid eval: each entrypoint tells zod so before anything can build a
 * schema (lib/domain/no-eval.ts), else zod probes for eval with new Function on every open
 * of the panel, on its way to the first paint.
 */
describe('zod without eval in the extension', () => {
  test.each(['entrypoints/background.ts', 'entrypoints/sidepanel/main.tsx', 'entrypoints/dashboard/main.tsx', 'entrypoints/rules/main.tsx'])(
    '%s imports lib/domain/no-eval first',
    (file) => {
      const firstImport = readFileSync(file, 'utf8').split('\n').find((line) => line.startsWith('import '));
      expect(firstImport).toMatch(/^import '(\.\.\/)+lib\/domain\/no-eval';$/);
    },
  );

  test('it turns off zod’s compiled parsers, and parsing still validates', async () => {
    await import('../../lib/domain/no-eval');
    expect(z.config().jitless).toBe(true);
    const { InteractionSnapshot } = await import('../../lib/domain');
    expect(InteractionSnapshot.safeParse({ platform: 'Not a platform!' }).success).toBe(false);
  });
});
