import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { InteractionRef } from './interaction';

export const EvaluationKind = lazySchema(() => z.enum(['supervisor', 'co-listening', 'self-assessment', 'calibration']));
export type EvaluationKind = z.infer<typeof EvaluationKind>;

/** One item's answer: a scale option's value or "na", with an optional comment. */
export const Answer = lazySchema(() => z.object({
  value: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  comment: z.string().max(4000).optional(),
}));
export type Answer = z.infer<typeof Answer>;

export const Answers = lazySchema(() => z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), Answer));
export type Answers = z.infer<typeof Answers>;

export const ScoreResult = lazySchema(() => z.object({
  points: z.number(),
  maxPoints: z.number(),
  /** Percentage of the attainable maximum, one decimal; null when nothing is attainable. */
  percent: z.number().min(0).max(100).nullable(),
  failedCritical: z.array(z.string()),
  sections: z.array(
    z.object({
      sectionId: z.string(),
      points: z.number(),
      maxPoints: z.number(),
      percent: z.number().min(0).max(100).nullable(),
      zeroed: z.boolean(),
    }),
  ),
  answered: z.number().int(),
  total: z.number().int(),
}));
export type ScoreResult = z.infer<typeof ScoreResult>;

/** Whether the evaluator followed the encounter live or scored it afterwards. */
export const EvaluationMode = lazySchema(() => z.enum(['live', 'recording']));
export type EvaluationMode = z.infer<typeof EvaluationMode>;

/** A co-listening note, stamped with the time since the interaction (or the timer) started. */
export const TimedNote = lazySchema(() => z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  atSeconds: z.number().int().min(0).max(86400),
  text: z.string().trim().min(1).max(2000),
  itemId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
}));
export type TimedNote = z.infer<typeof TimedNote>;

/** What the extension sends: an evaluation keyed by its client-generated id. */
export const EvaluationInput = lazySchema(() => z.object({
  id: z.uuid(),
  interaction: InteractionRef,
  scorecardId: z.string().min(1).max(64),
  scorecardVersion: z.number().int().min(1),
  kind: EvaluationKind,
  answers: Answers,
  comment: z.string().max(10000).default(''),
  mode: EvaluationMode.default('recording'),
  notes: z.array(TimedNote).max(500).default([]),
  /** The agent the evaluation is about, as the evaluator confirmed it (detected, editable). */
  agentEmail: z.email().max(200).optional(),
  /** Active seconds spent evaluating. */
  durationSeconds: z.number().int().min(0).max(86400 * 7),
  startedAt: z.iso.datetime({ offset: true }),
  submittedAt: z.iso.datetime({ offset: true }),
}));
export type EvaluationInput = z.infer<typeof EvaluationInput>;

/** An evaluation as the server keeps it: the input plus who scored it and the server's score. */
export const Evaluation = lazySchema(() => EvaluationInput.extend({
  evaluatorId: z.string(),
  evaluatorName: z.string(),
  agentId: z.string().nullable(),
  score: ScoreResult,
  revision: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
}));
export type Evaluation = z.infer<typeof Evaluation>;

/** One-click encouragement or feedback a supervisor sends to an agent, e.g. while co-listening. */
export const FeedbackKind = lazySchema(() => z.enum(['encouragement', 'feedback']));
export type FeedbackKind = z.infer<typeof FeedbackKind>;

export const FeedbackInput = lazySchema(() => z.object({
  id: z.uuid(),
  agentEmail: z.email().max(200),
  kind: FeedbackKind,
  text: z.string().trim().min(1).max(2000),
  interactionKey: z.string().max(300).optional(),
  sentAt: z.iso.datetime({ offset: true }),
}));
export type FeedbackInput = z.infer<typeof FeedbackInput>;

export const Feedback = lazySchema(() => FeedbackInput.extend({
  fromUserId: z.string(),
  fromName: z.string(),
  agentId: z.string().nullable(),
  acknowledgedAt: z.iso.datetime({ offset: true }).nullable(),
}));
export type Feedback = z.infer<typeof Feedback>;

export const EvaluationRevision = lazySchema(() => z.object({
  revision: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  evaluation: EvaluationInput,
  score: ScoreResult,
}));
export type EvaluationRevision = z.infer<typeof EvaluationRevision>;
