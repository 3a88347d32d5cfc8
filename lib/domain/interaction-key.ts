/**
 * One key per encounter, the same wherever it was detected.
 *
 * A module of its own, without zod: the side panel's first script (entrypoints/panel-start.ts)
 * uses it to read ahead the draft of the interaction in the active tab.
 */
export function interactionKey(ref: { platform: string; externalId: string }): string {
  return `${ref.platform}:${ref.externalId}`;
}
