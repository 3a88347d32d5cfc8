import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import { ScorecardVersion } from '../domain';

/**
 * The documented JSON file of one scorecard version (see README, "Scorecard files").
 * `formatVersion` changes only when an older reader could misread a newer file.
 */
export const SCORECARD_FILE_FORMAT = 'laatu-scorecard';
export const SCORECARD_FILE_VERSION = 1;

export const ScorecardFile = lazySchema(() => z.object({
  format: z.literal(SCORECARD_FILE_FORMAT),
  formatVersion: z.literal(SCORECARD_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  scorecard: ScorecardVersion,
}));
export type ScorecardFile = z.infer<typeof ScorecardFile>;

export type JsonImport = { ok: true; scorecard: ScorecardVersion } | { ok: false; error: string; field: string };

export function scorecardToJson(scorecard: ScorecardVersion, exportedAt = new Date().toISOString()): string {
  const file: ScorecardFile = { format: SCORECARD_FILE_FORMAT, formatVersion: SCORECARD_FILE_VERSION, exportedAt, scorecard };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a scorecard file; a refusal names the first field that is wrong, e.g. "scorecard.sections.0.title". */
export function scorecardFromJson(text: string): JsonImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, field: '', error: `Not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = ScorecardFile.safeParse(raw);
  if (parsed.success) return { ok: true, scorecard: parsed.data.scorecard };
  const issue = parsed.error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  return { ok: false, field, error: `${field || 'file'}: ${issue?.message ?? 'not a Laatu scorecard file'}` };
}
