import { z } from 'zod';
import {
  API_PREFIX,
  ApiError,
  Evaluation,
  EvaluationListResponse,
  EvaluationRevisionListResponse,
  Feedback,
  FeedbackListResponse,
  OrganisationSettings,
  LoginResponse,
  ScorecardListResponse,
  ScorecardVersion,
  type EvaluationInput,
  type FeedbackInput,
  type LoginRequest,
} from '../domain';

/** Why a request did not succeed; decides whether sync retries, waits for sign-in or gives up. */
export type FailureKind = 'network' | 'unauthorized' | 'rejected' | 'server';

export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
    /** The server's JSON answer to a refused request, e.g. a publish refusal's problems. */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export function normalizeServerUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/** A typed client of the Laatu REST API; every response is checked against the shared schemas. */
export class ApiClient {
  constructor(
    private readonly serverUrl: string,
    private readonly token: string | null,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  login(request: LoginRequest) {
    return this.call('POST', '/auth/login', LoginResponse, request);
  }

  /** Revokes this token on the server. A 401 means it was no longer valid anyway; sign-out forgets it locally whatever the answer. */
  async logout(): Promise<void> {
    await this.call('POST', '/auth/logout', z.null());
  }

  scorecards() {
    return this.call('GET', '/scorecards', ScorecardListResponse);
  }

  /** `since`: stored or corrected at or after that ISO time; `limit`: at most that many, the newest first. */
  evaluations(filter: { interaction?: string; mine?: boolean; since?: string; limit?: number } = {}) {
    const query = new URLSearchParams();
    if (filter.interaction) query.set('interaction', filter.interaction);
    if (filter.mine) query.set('mine', '1');
    if (filter.since) query.set('since', filter.since);
    if (filter.limit !== undefined) query.set('limit', String(filter.limit));
    const suffix = query.size ? `?${query.toString()}` : '';
    return this.call('GET', `/evaluations${suffix}`, EvaluationListResponse);
  }

  revisions(evaluationId: string) {
    return this.call('GET', `/evaluations/${encodeURIComponent(evaluationId)}/revisions`, EvaluationRevisionListResponse);
  }

  settings() {
    return this.call('GET', '/settings', OrganisationSettings);
  }

  feedback() {
    return this.call('GET', '/feedback', FeedbackListResponse);
  }

  putFeedback(input: FeedbackInput, idempotencyKey: string) {
    return this.call('PUT', `/feedback/${encodeURIComponent(input.id)}`, Feedback, input, {
      'Idempotency-Key': idempotencyKey,
    });
  }

  acknowledgeFeedback(id: string) {
    return this.call('POST', `/feedback/${encodeURIComponent(id)}/acknowledge`, Feedback);
  }

  scorecardVersion(scorecardId: string, version: number) {
    return this.call(
      'GET',
      `/scorecards/${encodeURIComponent(scorecardId)}/versions/${version}`,
      ScorecardVersion,
    );
  }

  putEvaluation(input: EvaluationInput, idempotencyKey: string) {
    return this.call('PUT', `/evaluations/${encodeURIComponent(input.id)}`, Evaluation, input, {
      'Idempotency-Key': idempotencyKey,
    });
  }

  private call<T extends z.ZodType>(
    method: string,
    path: string,
    schema: T,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<z.infer<T>> {
    return requestJson(this.fetchImpl, this.serverUrl, this.token, { method, path, schema, body, extraHeaders });
  }
}

/** One request to the Laatu API, its answer checked against `schema`; failures are ApiFailures. */
export async function requestJson<T extends z.ZodType>(
  fetchImpl: FetchLike,
  serverUrl: string,
  token: string | null,
  request: { method: string; path: string; schema: T; body?: unknown; extraHeaders?: Record<string, string> },
): Promise<z.infer<T>> {
  const { method, path, schema, body, extraHeaders = {} } = request;
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetchImpl(`${serverUrl}${API_PREFIX}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiFailure('network', error instanceof Error ? error.message : 'network error');
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ApiError.safeParse(json);
    const message = parsed.success ? parsed.data.error : `HTTP ${response.status}`;
    const kind: FailureKind =
      response.status === 401
        ? 'unauthorized'
        : response.status >= 500 || response.status === 429 || response.status === 408
          ? 'server'
          : 'rejected';
    throw new ApiFailure(kind, message, response.status, json);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiFailure('server', `unexpected answer from the server to ${method} ${path}`);
  return parsed.data;
}
