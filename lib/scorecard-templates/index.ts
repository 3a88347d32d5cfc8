import { ScorecardDraftInput } from '../domain';
import { callTemplate } from './call';
import { chatEmailTemplate } from './chat-email';
import { rushHourTemplate } from './rush-hour';

export interface ScorecardTemplate {
  key: 'call' | 'chat-email' | 'rush-hour';
  /** What the builder shows when offering the template. */
  name: string;
  form: ScorecardDraftInput;
}

/** Ready-made forms an admin starts from; the demo organisation publishes all three. */
export const SCORECARD_TEMPLATES: readonly ScorecardTemplate[] = [
  { key: 'call', name: 'Customer-service call', form: callTemplate },
  { key: 'chat-email', name: 'Chat and e-mail', form: chatEmailTemplate },
  { key: 'rush-hour', name: 'Rush-hour short form', form: rushHourTemplate },
];

/** A fresh, parsed copy of a template's form, safe to edit. */
export function templateForm(key: ScorecardTemplate['key']): ScorecardDraftInput {
  const template = SCORECARD_TEMPLATES.find((t) => t.key === key);
  if (!template) throw new Error(`no scorecard template ${key}`);
  return ScorecardDraftInput.parse(structuredClone(template.form));
}

export { callTemplate, chatEmailTemplate, rushHourTemplate };
