import { ScorecardVersion, type ScorecardDraftInput } from '../../lib/domain';
import { callTemplate, chatEmailTemplate, rushHourTemplate } from '../../lib/scorecard-templates';

export const DEMO_SCORECARD_ID = 'customer-service';

function published(form: ScorecardDraftInput, publishedAt: string): ScorecardVersion {
  const { id, ...content } = form;
  if (!id) throw new Error(`template "${form.title}" has no id`);
  return ScorecardVersion.parse({ ...content, scorecardId: id, version: 1, status: 'published', publishedAt });
}

/**
 * The demo organisation's published forms, built from lib/scorecard-templates: the call
 * form (with the rush-hour form as its companion), the chat and e-mail form, the rush-hour form.
 */
export function demoScorecards(publishedAt: string): ScorecardVersion[] {
  return [callTemplate, chatEmailTemplate, rushHourTemplate].map((form) => published(form, publishedAt));
}

/** The demo's call form, the one most tests evaluate with. */
export function demoScorecard(publishedAt: string): ScorecardVersion {
  return published(callTemplate, publishedAt);
}
