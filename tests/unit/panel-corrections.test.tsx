import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import type { ScorecardVersion } from '../../lib/domain';
import { cacheScorecards } from '../../lib/store';
import { scorecard, testDb } from './fixtures';
import { fakeServer, fakeTabs, renderPanel, signedInPanel, storeEvaluation, tabEntry } from './panel-support';

const version2: ScorecardVersion = {
  ...scorecard,
  version: 2,
  sections: [{ ...scorecard.sections[0]!, items: [scorecard.sections[0]!.items[0]!] }, scorecard.sections[1]!],
};
const history = () => screen.getByRole('list', { name: 'Your recent evaluations' });
const radio = (item: string, option: string) =>
  within(screen.getByRole('radiogroup', { name: item })).getByRole<HTMLInputElement>('radio', { name: option });

describe('correcting a submitted evaluation', () => {
  test('opens on the version it was scored on, even after a new one was published and in rush-hour mode', async () => {
    const db = testDb();
    await cacheScorecards(db, [scorecard]);
    await storeEvaluation(db, 'T-0500', 30);
    // Version 2 is published since, with a rush-hour form beside it.
    const rush: ScorecardVersion = { ...scorecard, scorecardId: 'rush', title: 'Rush-hour call' };
    await signedInPanel(db, undefined, undefined, [{ ...version2, rushHourScorecardId: 'rush' }, rush]);
    fireEvent.click(await screen.findByRole('switch', { name: 'Rush-hour mode' }));
    await screen.findByRole('form', { name: 'Scorecard: Rush-hour call' });

    fireEvent.click(within(await waitFor(history)).getByRole('button', { name: 'Correct T-0500' }));
    const form = await screen.findByRole('form', { name: 'Scorecard: Customer service encounter' });
    expect(form.textContent).toContain('version 1');
    await screen.findByText('Correcting a submitted evaluation: submitting saves a new revision.');
    expect(radio('Tells what the call will cover', 'Yes').checked).toBe(true); // an item version 2 no longer has
    // Focus goes to the form, ready for the digits.
    await waitFor(() => expect(screen.getByRole('radiogroup', { name: 'Greets the customer by name' }).contains(document.activeElement)).toBe(true));

    fireEvent.click(radio('Tells what the call will cover', 'No'));
    fireEvent.click(screen.getByRole('button', { name: 'Submit evaluation' }));
    await waitFor(async () => expect((await db.evaluations.toArray())[0]?.answers.agenda?.value).toBe('no'));
    expect(await db.evaluations.count()).toBe(1);
    expect((await db.evaluations.toArray())[0]?.scorecardVersion).toBe(1);
  });

  test('takes up a correction already under way instead of starting it again', async () => {
    const db = testDb();
    await storeEvaluation(db, 'T-0500', 30);
    await signedInPanel(db);
    fireEvent.click(within(await waitFor(history)).getByRole('button', { name: 'Correct T-0500' }));
    await screen.findByText('Correcting a submitted evaluation: submitting saves a new revision.');
    fireEvent.click(radio('Verifies identity first', 'No'));
    await waitFor(async () => expect((await db.drafts.toArray())[0]?.answers.identity?.value).toBe('no'));

    // The panel closed and opened again on another interaction; the correction is asked for again.
    renderPanel(db, fakeTabs(tabEntry('T-2000')));
    fireEvent.click(within(await waitFor(history)).getByRole('button', { name: 'Correct T-0500' }));
    await screen.findByText('Correcting a submitted evaluation: submitting saves a new revision.');
    await waitFor(() => expect(radio('Verifies identity first', 'No').checked).toBe(true));
    // Asked once more on the same panel: still the edits, not the submitted answers.
    fireEvent.click(within(history()).getByRole('button', { name: 'Correct T-0500' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(radio('Verifies identity first', 'No').checked).toBe(true);
  });

  test('says why when the version it was scored on cannot be read', async () => {
    const db = testDb();
    await storeEvaluation(db, 'T-0500', 30, undefined, { ...scorecard, version: 7 });
    await signedInPanel(db, undefined, undefined, [scorecard], fakeServer(() => undefined));
    fireEvent.click(within(await waitFor(history)).getByRole('button', { name: 'Correct T-0500' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The scorecard version this evaluation was scored on is not on this device');
    expect(screen.queryByText('Correcting a submitted evaluation: submitting saves a new revision.')).toBeNull();
  });
});

describe('the read-only view', () => {
  test('takes focus when opened and gives it back when closed', async () => {
    const db = testDb();
    await storeEvaluation(db, 'T-0500', 30);
    await signedInPanel(db);
    const open = within(await waitFor(history)).getByRole('button', { name: 'Open T-0500' });
    open.focus();
    fireEvent.click(open);
    const heading = await screen.findByRole('heading', { name: /T-0500 \(read-only, version 1\)/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(document.activeElement).toBe(open));
  });
});

describe('rush-hour phrases', () => {
  const toggleAndSend = async () => {
    fireEvent.click(await screen.findByRole('switch', { name: 'Rush-hour mode' }));
    fireEvent.click(within(await screen.findByRole('group', { name: 'Send to the agent' })).getByRole('button', { name: 'Great start, warm greeting!' }));
    return within(screen.getByRole('region', { name: 'Rush-hour mode' })).findByRole('status');
  };

  test('say they are on their way until the server has them', async () => {
    await signedInPanel(testDb());
    const status = await toggleAndSend();
    await waitFor(() => expect(status.textContent).toBe('Sending to agent1@demo.laatu: “Great start, warm greeting!” (it leaves as soon as the server is reachable)'));
  });

  test('say sent once the server has them, and why not when it refuses', async () => {
    let refuse = false;
    const server = fakeServer((method, path, body) => {
      if (method !== 'PUT' || !path.startsWith('/feedback/')) return undefined;
      if (refuse) return Response.json({ error: 'No agent has the e-mail agent1@demo.laatu' }, { status: 422 });
      return { ...(body as object), fromUserId: 'u-sup', fromName: 'Kaisa Lehtonen', agentId: 'u-a1', acknowledgedAt: null };
    });
    await signedInPanel(testDb(), undefined, undefined, [scorecard], server);
    const status = await toggleAndSend();
    await waitFor(() => expect(status.textContent).toBe('Sent to agent1@demo.laatu: “Great start, warm greeting!”'));
    refuse = true;
    fireEvent.click(within(screen.getByRole('group', { name: 'Send to the agent' })).getByRole('button', { name: 'Great start, warm greeting!' }));
    // A sync still busy with the first phrase leaves the second to its retry, two seconds on.
    await waitFor(() => expect(status.textContent).toBe('Not delivered to agent1@demo.laatu: “Great start, warm greeting!”. No agent has the e-mail agent1@demo.laatu'), {
      timeout: 5000,
    });
  });
});

describe('active time', () => {
  test('a live co-listening in view counts its listening, with no act in between', async () => {
    const db = testDb();
    await signedInPanel(db);
    const live = await screen.findByRole('radio', { name: 'Co-listened live' });
    vi.useFakeTimers({ toFake: ['setInterval', 'Date'] });
    try {
      fireEvent.click(live);
      await screen.findByRole('timer', { name: 'Time since start' });
      await new Promise((resolve) => setTimeout(resolve, 50)); // Preact runs the form's effects after the frame
      vi.advanceTimersByTime(3 * 60_000); // three minutes of listening, heartbeats every LIVE_HEARTBEAT_MS
    } finally {
      vi.useRealTimers();
    }
    for (const name of ['Greets the customer by name', 'Tells what the call will cover', 'Verifies identity first']) {
      fireEvent.click(radio(name, 'Yes'));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Submit evaluation' }));
    await waitFor(async () => expect(await db.evaluations.count()).toBe(1));
    expect((await db.evaluations.toArray())[0]?.durationSeconds).toBeGreaterThanOrEqual(3 * 60 - 15);
  });
});
