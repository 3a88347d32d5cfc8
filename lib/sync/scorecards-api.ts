import {
  PublishRefusal,
  ScorecardAdminListResponse,
  ScorecardSummary,
  ScorecardVersion,
  ScorecardVersionListResponse,
  type PublishProblem,
  type ScorecardDraftInput,
} from '../domain';
import { ApiFailure, requestJson, type FetchLike } from './api';

/** Why the server would not publish a version, each problem with the field it is about. */
export class PublishRefused extends ApiFailure {
  constructor(readonly problems: PublishProblem[], message: string) {
    super('rejected', message, 400);
    this.name = 'PublishRefused';
  }
}

const path = (id: string, rest = '') => `/scorecards/${encodeURIComponent(id)}${rest}`;

/** The QA admin's client of the scorecard routes (see server/routes/scorecards.ts). */
export class ScorecardsApi {
  constructor(
    private readonly serverUrl: string,
    private readonly token: string,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  private request<T extends Parameters<typeof requestJson>[3]['schema']>(method: string, at: string, schema: T, body?: unknown) {
    return requestJson(this.fetchImpl, this.serverUrl, this.token, { method, path: at, schema, body });
  }

  async list(): Promise<ScorecardSummary[]> {
    return (await this.request('GET', '/admin/scorecards', ScorecardAdminListResponse)).scorecards;
  }

  /** Every version, newest first. */
  async versions(id: string): Promise<ScorecardVersion[]> {
    return (await this.request('GET', path(id, '/versions'), ScorecardVersionListResponse)).versions;
  }

  version(id: string, version: number): Promise<ScorecardVersion> {
    return this.request('GET', path(id, `/versions/${version}`), ScorecardVersion);
  }

  create(input: ScorecardDraftInput): Promise<ScorecardVersion> {
    return this.request('POST', '/scorecards', ScorecardVersion, input);
  }

  /** 409 (an ApiFailure of kind 'rejected') when the version is no longer a draft. */
  saveDraft(id: string, version: number, input: ScorecardDraftInput): Promise<ScorecardVersion> {
    return this.request('PUT', path(id, `/versions/${version}`), ScorecardVersion, input);
  }

  /** The open draft, or a new one copied from the latest version. */
  openDraft(id: string): Promise<ScorecardVersion> {
    return this.request('POST', path(id, '/drafts'), ScorecardVersion);
  }

  async publish(id: string, version: number): Promise<ScorecardVersion> {
    try {
      return await this.request('POST', path(id, `/versions/${version}/publish`), ScorecardVersion);
    } catch (error) {
      const refusal = error instanceof ApiFailure && error.status === 400 ? PublishRefusal.safeParse(error.body) : undefined;
      if (refusal?.success) throw new PublishRefused(refusal.data.problems, refusal.data.error);
      throw error;
    }
  }

  archive(id: string): Promise<ScorecardSummary> {
    return this.request('POST', path(id, '/archive'), ScorecardSummary);
  }

  duplicate(id: string): Promise<ScorecardVersion> {
    return this.request('POST', path(id, '/duplicate'), ScorecardVersion);
  }
}
