// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../lib/detect';
import { DetectorRule } from '../../lib/detect/rule';

const ADAPTERS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lib', 'detect', 'adapters');
const files = readdirSync(ADAPTERS).filter((name) => name.endsWith('.ts') && name !== 'index.ts');

describe('built-in adapters follow the conventions', () => {
  it('registers one rule per adapter file, named after it', () => {
    expect(builtInRules.map((rule) => `${rule.id}.ts`).sort()).toEqual([...files].sort());
  });

  it.each(builtInRules.map((rule) => [rule.id, rule] as const))('%s passes the DetectorRule schema unchanged', (_, rule) => {
    expect(DetectorRule.parse(rule)).toEqual(rule);
  });

  it.each(files)('%s documents where its URL and markup shape come from', (file) => {
    const source = readFileSync(join(ADAPTERS, file), 'utf8');
    expect(source).toMatch(/^\/\*\*[\s\S]*?(source|fixtures?|docs?)[\s\S]*?\*\//im);
    expect(source).not.toMatch(/=>|function\b/);
  });
});
