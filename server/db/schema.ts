import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * The tables as Kysely sees them. Types stay portable between SQLite and PostgreSQL
 * (columnTypes() in dialect.ts): timestamps are ISO-8601 text, JSON is text, integers
 * are 64-bit and come back as numbers on both, booleans would be integers.
 */
export interface Database {
  units: UnitTable;
  teams: TeamTable;
  users: UserTable;
  sessions: SessionTable;
  scorecards: ScorecardTable;
  scorecard_versions: ScorecardVersionTable;
  evaluations: EvaluationTable;
  evaluation_revisions: EvaluationRevisionTable;
  feedback: FeedbackTable;
  organisation_settings: OrganisationSettingsTable;
  detector_rules: DetectorRuleTable;
}

export interface UnitTable {
  id: string;
  name: string;
  created_at: string;
}

export interface TeamTable {
  id: string;
  unit_id: string;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  /** Always stored lower-case so sign-in and agent matching ignore case. */
  email: string;
  name: string;
  role: string;
  team_id: string | null;
  password_hash: string;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 hex of the bearer token: a leaked database does not leak usable tokens. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ScorecardTable {
  id: string;
  title: string;
  status: string;
  active_version: number | null;
  created_at: string;
  updated_at: string;
}

export interface ScorecardVersionTable {
  scorecard_id: string;
  version: number;
  /** The ScorecardVersion as JSON; never changes once published. */
  content: string;
  status: string;
  published_at: string | null;
  created_at: string;
}

export interface EvaluationTable {
  /** The client-generated uuid: what makes retried uploads land on the same row. */
  id: string;
  evaluator_id: string;
  agent_id: string | null;
  interaction_key: string;
  interaction: string;
  scorecard_id: string;
  scorecard_version: number;
  kind: string;
  answers: string;
  comment: string;
  /** 'live' or 'recording'. */
  mode: Generated<string>;
  /** TimedNote[] as JSON. */
  notes: Generated<string>;
  /** The agent the evaluator confirmed; null when only the interaction named one. */
  agent_email: string | null;
  duration_seconds: number;
  started_at: string;
  submitted_at: string;
  score_points: number;
  score_max: number;
  score_percent: number | null;
  score: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface EvaluationRevisionTable {
  evaluation_id: string;
  revision: number;
  payload: string;
  created_at: string;
}

export interface FeedbackTable {
  /** The client-generated uuid: a retried send lands on the same row. */
  id: string;
  from_user_id: string;
  agent_id: string;
  agent_email: string;
  kind: string;
  text: string;
  interaction_key: string | null;
  sent_at: string;
  acknowledged_at: string | null;
  created_at: string;
}

/** One row per organisation; there is one organisation today. */
export interface OrganisationSettingsTable {
  organisation_id: string;
  correction_window_hours: number;
  self_assessments_per_month: number;
  evaluations_per_agent_per_month: number;
  updated_by: string | null;
  updated_at: string;
}

/** A custom detector rule (issue 5); `rule` is the validated DetectorRule as JSON. */
export interface DetectorRuleTable {
  id: string;
  rule: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export type DetectorRuleRow = Selectable<DetectorRuleTable>;
export type UserRow = Selectable<UserTable>;
export type EvaluationRow = Selectable<EvaluationTable>;
export type NewEvaluationRow = Insertable<EvaluationTable>;
export type ScorecardVersionRow = Selectable<ScorecardVersionTable>;
export type FeedbackRow = Selectable<FeedbackTable>;
