import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a user does in the evaluator's panel, found by role and accessible name. */
export function panelActions(panel: Page) {
  const interaction = panel.getByRole('region', { name: 'Current interaction' });
  const history = panel.getByRole('list', { name: 'Your recent evaluations' });
  return {
    interaction,
    history,
    score: panel.getByRole('status', { name: 'Score' }),
    async signIn(serverUrl: string, email: string, password = 'demo') {
      await panel.getByLabel('Server address').fill(serverUrl);
      await panel.getByLabel('E-mail').fill(email);
      await panel.getByLabel('Password').fill(password);
      await panel.getByRole('button', { name: 'Sign in' }).click();
      await panel.getByRole('button', { name: 'Sign out' }).waitFor();
    },
    /** Waits for the panel to show `id` and what the page tells of it (the id comes first, from the URL). */
    async expectInteraction(id: string) {
      await expect.poll(() => interaction.innerText(), { timeout: 10_000 }).toContain(id);
      await expect.poll(() => interaction.getAttribute('aria-busy'), { timeout: 10_000 }).not.toBe('true');
    },
    /** Answers every item with the given option, N/A where the item has no such option. */
    async answerAll(option = 'Yes') {
      const groups = panel.getByRole('radiogroup');
      await groups.first().waitFor();
      for (const group of await groups.all()) {
        await group.getByRole('radio', { name: option, exact: true }).check();
      }
    },
    async answer(item: string, option: string) {
      await panel.getByRole('radiogroup', { name: item }).getByRole('radio', { name: option, exact: true }).check();
    },
    async submit(comment: string) {
      await panel.getByLabel('Overall comment').fill(comment);
      await panel.getByRole('button', { name: 'Submit evaluation' }).click();
    },
    historyEntry(externalId: string) {
      return history.getByRole('listitem').filter({ hasText: externalId });
    },
  };
}

export async function apiToken(serverUrl: string, email: string): Promise<string> {
  const response = await fetch(`${serverUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo' }),
  });
  const body = (await response.json()) as { token: string };
  return body.token;
}

export interface ApiEvaluation {
  id: string;
  interaction: { externalId: string; agentEmail?: string };
  scorecardId: string;
  scorecardVersion: number;
  answers: Record<string, { value: string }>;
  comment: string;
  score: { percent: number | null; failedCritical: string[] };
  revision: number;
}

export async function apiEvaluations(serverUrl: string, token: string): Promise<ApiEvaluation[]> {
  const response = await fetch(`${serverUrl}/api/v1/evaluations`, { headers: { Authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { evaluations: ApiEvaluation[] };
  return body.evaluations;
}
