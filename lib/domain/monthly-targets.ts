/**
 * The highest monthly target an admin can set (OrganisationSettings in api.ts). Kept apart,
 * without zod, for the side panel's first read: what is due this month never needs more
 * than this many of the month's evaluations counted.
 */
export const MAX_MONTHLY_TARGET = 100;
