import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The version /health reports: the package's, so the extension can tell which server it talks to. */
export function packageVersion(): string {
  try {
    const raw: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return z.object({ version: z.string().min(1) }).parse(raw).version;
  } catch {
    return '0.0.0';
  }
}
