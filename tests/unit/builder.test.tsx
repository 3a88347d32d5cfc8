import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { Builder } from '../../components/builder/Builder';
import { OpenBuilderLink } from '../../components/OpenBuilderLink';
import { createBuilderModel, edits, newItem, newSection, type BuilderModel } from '../../lib/state/builder';
import { saveSession } from '../../lib/store';
import type { FetchLike } from '../../lib/sync/api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { API_PREFIX, LoginResponse } from '../../lib/domain';
import { migrateToLatest, openDatabase, type Database } from '../../server/db';
import { seedDemoOrganisation } from '../../server/db/seed';
import { requireUser } from '../../server/http/auth';
import type { AppEnv } from '../../server/http/env';
import { HttpError } from '../../server/http/errors';
import { authRoutes } from '../../server/routes/auth';
import { scorecardRoutes } from '../../server/routes/scorecards';
import { scorecard, supervisor, testDb } from './fixtures';

const SERVER = 'http://127.0.0.1:8787';
let dir: string;
let db: Kysely<Database>;
let fetchImpl: FetchLike;

/**
 * The server's real auth and scorecard routes in-process (server/app.ts also serves the demo
 * desk from files, which happy-dom's URL cannot locate).
 */
function scorecardServer(database: Kysely<Database>) {
  const api = new Hono<AppEnv>();
  api.use('*', requireUser(database, () => new Date(), (method, path) => method === 'POST' && path === `${API_PREFIX}/auth/login`));
  api.route('/', authRoutes(database, () => new Date()));
  api.route('/', scorecardRoutes(database));
  const app = new Hono();
  app.route(API_PREFIX, api);
  app.onError((error, c) => (error instanceof HttpError ? c.json(error.body(), error.status) : c.json({ error: String(error) }, 500)));
  return app;
}

async function login(email: string): Promise<LoginResponse> {
  const response = await fetchImpl(`${SERVER}${API_PREFIX}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo' }),
  });
  return LoginResponse.parse(await response.json());
}
let model: BuilderModel | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'laatu-builder-test-'));
  db = openDatabase({ kind: 'sqlite', file: join(dir, 'laatu.sqlite') });
  await migrateToLatest(db);
  await seedDemoOrganisation(db);
  const app = scorecardServer(db);
  fetchImpl = async (url, init) => app.request(url, init);
});
afterAll(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  cleanup();
  model?.dispose();
  model = undefined;
});

async function openBuilder(role: 'admin' | 'supervisor' = 'admin') {
  const db = testDb();
  if (role === 'admin') {
    const { token, user } = await login('admin@demo.laatu');
    await saveSession(db, SERVER, token, user);
  } else {
    await saveSession(db, SERVER, 'token-token-token-token', supervisor);
  }
  model = createBuilderModel(db, fetchImpl, { saveDelayMs: 0 });
  render(<Builder model={model} />);
  return { db, model };
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('the scorecard builder', () => {
  test('tells anyone but a QA admin that it is for QA admins only', async () => {
    await openBuilder('supervisor');
    expect((await screen.findByRole('alert')).textContent).toContain('Only QA admins');
    expect(screen.queryByRole('button', { name: 'Create scorecard' })).toBeNull();
  });

  test('lists the scorecards with their status and versions', async () => {
    await openBuilder();
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(0));
    expect(table.textContent).toMatch(/Published/);
    expect(within(table).getAllByRole('button', { name: /^Duplicate / }).length).toBeGreaterThan(0);
  });

  test('builds a form with a critical item, previews its score and publishes it', async () => {
    const { db } = await openBuilder();
    fireEvent.input(await screen.findByLabelText('New scorecard title'), { target: { value: 'Builder test form' } });
    fireEvent.click(button('Create scorecard'));
    expect(await screen.findByRole('heading', { name: /Editing Builder test form, version 1/ })).toBeTruthy();

    // An empty form cannot be published, and says why.
    const problems = screen.getByRole('region', { name: 'Fix before publishing' });
    expect(problems.textContent).toContain('Add at least one section');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Publish version 1' }).disabled).toBe(true);

    fireEvent.click(button('Add section'));
    fireEvent.input(screen.getByLabelText('Section 1 title'), { target: { value: 'Opening' } });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Fix before publishing' }).textContent).toContain('Section "Opening" has no items'));
    fireEvent.click(button('Add item to Opening'));
    fireEvent.input(screen.getByLabelText('Text of item 1 in Opening'), { target: { value: 'Greets the customer' } });
    fireEvent.click(button('Add item to Opening'));
    fireEvent.input(screen.getByLabelText('Text of item 2 in Opening'), { target: { value: 'Verifies identity' } });
    // A duplicate is named beside the item as well as in the list before publishing.
    fireEvent.input(screen.getByLabelText('Text of item 2 in Opening'), { target: { value: 'greets the customer' } });
    await waitFor(() => expect(screen.getByLabelText('Text of item 2 in Opening').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('Text of item 2 in Opening').getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Text of item 2 in Opening'), { target: { value: 'Verifies identity' } });
    fireEvent.change(screen.getByLabelText('Critical for Verifies identity'), { target: { value: 'evaluation' } });
    fireEvent.input(screen.getByLabelText('Explanation of Verifies identity'), { target: { value: 'Data protection law.' } });

    // Saved on this device at once.
    await waitFor(async () => {
      const rows = await db.scorecardDrafts.toArray();
      expect(rows[0]?.version.sections[0]?.items[1]?.critical).toBe('evaluation');
    });

    // The preview is the panel's form, scored as you click.
    const preview = screen.getByRole('complementary', { name: /Live preview/ });
    const score = within(preview).getByRole('status', { name: 'Score' });
    fireEvent.click(within(within(preview).getByRole('radiogroup', { name: 'Greets the customer' })).getByRole('radio', { name: 'Yes' }));
    await waitFor(() => expect(score.textContent).toContain('100.0 %'));
    fireEvent.click(within(within(preview).getByRole('radiogroup', { name: 'Verifies identity' })).getByRole('radio', { name: 'No' }));
    await waitFor(() => expect(score.textContent).toContain('Failed critical item: Verifies identity'));

    // Keyboard reorder by the named buttons.
    fireEvent.click(button('Move item Verifies identity up'));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Text of item 1 in Opening').value).toBe('Verifies identity'));

    // Scope: calls only, with a rush-hour companion chosen from the other scorecards.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Use for Call' }));
    const rushHour = screen.getByLabelText<HTMLSelectElement>('Rush-hour form');
    const companion = [...rushHour.options].find((o) => o.value !== '');
    fireEvent.change(rushHour, { target: { value: companion?.value } });

    expect(screen.getByText('Ready to publish.')).toBeTruthy();
    fireEvent.click(button('Publish version 1'));
    expect((await screen.findByText('Published version 1.')).textContent).toBeTruthy();
    expect(screen.getByText(/Version 1 is Published/)).toBeTruthy();
    expect(await db.scorecardDrafts.count()).toBe(0);
    expect(model!.current.value).toMatchObject({ channels: ['call'], rushHourScorecardId: companion?.value });
  });

  test('refuses a broken sheet with row-level messages and creates nothing', async () => {
    await openBuilder();
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(0));
    const before = within(table).getAllByRole('row').length;
    const text = readFileSync(join(process.cwd(), 'tests/fixtures/scorecards/broken.csv'), 'utf8');
    const input = screen.getByLabelText('Import a scorecard (.json, .xlsx or .csv)');
    fireEvent.change(input, { target: { files: [new File([text], 'broken.csv', { type: 'text/csv' })] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported: 5 problems.');
    expect(alert.textContent).toContain('Row 4: Scale "maybe"');
    expect(alert.textContent).toContain('Row 7: N/A "perhaps"');
    expect(within(screen.getByRole('table')).getAllByRole('row').length).toBe(before);
  });

  test('imports a good sheet as a new draft', async () => {
    await openBuilder();
    const csv = 'Scorecard,Imported call form\nSection,Item,Explanation,Scale,Points,Critical,N/A\nOpening,Greets,,yes-no,1,no,yes\n';
    fireEvent.change(await screen.findByLabelText('Import a scorecard (.json, .xlsx or .csv)'), {
      target: { files: [new File([csv], 'form.csv')] },
    });
    expect(await screen.findByRole('heading', { name: /Editing Imported call form, version 1/ })).toBeTruthy();
    expect(await screen.findByText('Imported "Imported call form" as a new draft.')).toBeTruthy();
  });
});

describe('work in progress', () => {
  test('is kept on this device when the server is unreachable and restored when the draft is opened again', async () => {
    const db = testDb();
    const { token, user } = await login('admin@demo.laatu');
    await saveSession(db, SERVER, token, user);
    let online = true;
    const flaky: FetchLike = (url, init) => (online ? fetchImpl(url, init) : Promise.reject(new Error('offline')));
    const first = createBuilderModel(db, flaky, { saveDelayMs: 0 });
    await waitFor(() => expect(first.user.value).not.toBeNull());
    await first.create({ title: 'Offline edits', description: '', sections: [] });
    const id = first.current.value!.scorecardId;
    online = false;
    first.update((v) => edits.addItem(edits.addSection(v), 0));
    await first.saveNow();
    expect(first.saveState.value).toMatchObject({ kind: 'failed' });
    first.dispose();

    online = true;
    model = createBuilderModel(db, flaky, { saveDelayMs: 0 });
    await waitFor(() => expect(model!.user.value).not.toBeNull());
    await model.open(id);
    expect(model.current.value?.sections[0]?.items).toHaveLength(1);
    await model.saveNow();
    expect(model.saveState.value).toEqual({ kind: 'saved' });
  });
});

describe('draft edits', () => {
  const draft = { ...scorecard, status: 'draft' as const, publishedAt: null };

  test('move items within and across sections and reorder sections', () => {
    const moved = edits.moveItem(draft, [0, 0], [1, 1]);
    expect(moved.sections[0]!.items.map((i) => i.id)).toEqual(['agenda']);
    expect(moved.sections[1]!.items.map((i) => i.id)).toEqual(['identity', 'greets']);
    expect(edits.moveSection(draft, 1, 0).sections.map((s) => s.id)).toEqual(['compliance', 'opening']);
    expect(edits.moveItem(draft, [0, 1], [0, 0]).sections[0]!.items.map((i) => i.id)).toEqual(['agenda', 'greets']);
  });

  test('new sections and items get unique ids', () => {
    expect(newItem().id).not.toBe(newItem().id);
    expect(newSection().id).not.toBe(newSection().id);
  });
});

describe('the side panel link', () => {
  test('is offered to QA admins only and opens dashboard.html', () => {
    const opened: string[] = [];
    const { rerender } = render(<OpenBuilderLink user={supervisor} open={(path) => opened.push(path)} />);
    expect(screen.queryByRole('button', { name: 'Open scorecard builder' })).toBeNull();
    rerender(<OpenBuilderLink user={{ ...supervisor, role: 'admin' }} open={(path) => opened.push(path)} />);
    fireEvent.click(button('Open scorecard builder'));
    expect(opened).toEqual(['/dashboard.html']);
  });
});
