import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { MAX_MONTHLY_TARGET } from './monthly-targets';
import { User } from './roles';
import { Evaluation, EvaluationRevision, Feedback } from './evaluation';
import { ScorecardVersion } from './scorecard';

/** The REST contract of /api/v1, shared by the server and the extension. */
export const API_PREFIX = '/api/v1';

export const LoginRequest = lazySchema(() => z.object({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
}));
export type LoginRequest = z.infer<typeof LoginRequest>;

export const LoginResponse = lazySchema(() => z.object({ token: z.string().min(20), user: User }));
export type LoginResponse = z.infer<typeof LoginResponse>;

export const ScorecardListResponse = lazySchema(() => z.object({ scorecards: z.array(ScorecardVersion) }));
export type ScorecardListResponse = z.infer<typeof ScorecardListResponse>;

export const EvaluationListResponse = lazySchema(() => z.object({ evaluations: z.array(Evaluation) }));
export type EvaluationListResponse = z.infer<typeof EvaluationListResponse>;

export const ApiError = lazySchema(() => z.object({ error: z.string(), field: z.string().optional() }));
export type ApiError = z.infer<typeof ApiError>;

export const HealthResponse = lazySchema(() => z.object({ status: z.literal('ok'), version: z.string() }));

export const FeedbackListResponse = lazySchema(() => z.object({ feedback: z.array(Feedback) }));
export type FeedbackListResponse = z.infer<typeof FeedbackListResponse>;

export const EvaluationRevisionListResponse = lazySchema(() => z.object({ revisions: z.array(EvaluationRevision) }));
export type EvaluationRevisionListResponse = z.infer<typeof EvaluationRevisionListResponse>;

/** Organisation-wide settings the QA admin sets. */
export const OrganisationSettings = lazySchema(() => z.object({
  /** How long after submitting the author may still correct an evaluation. */
  correctionWindowHours: z.number().int().min(0).max(24 * 90),
  /** The monthly target of self-assessments per agent. */
  selfAssessmentsPerMonth: z.number().int().min(0).max(MAX_MONTHLY_TARGET),
  /** The monthly target of evaluations per agent (the rule of thumb is 4). */
  evaluationsPerAgentPerMonth: z.number().int().min(0).max(MAX_MONTHLY_TARGET),
}));
export type OrganisationSettings = z.infer<typeof OrganisationSettings>;
