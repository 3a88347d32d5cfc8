import type { Evaluation, Feedback, ScorecardVersion } from '../lib/domain';
import { formatDateTime, t } from '../lib/i18n';
import type { HandledInteraction } from '../lib/store';
import { compareEvaluations } from '../lib/state/compare';

/** An agent's recent interactions, offered for self-assessment, and how many are due. */
export function SelfAssessmentList({ handled, due, onAssess }: {
  handled: HandledInteraction[];
  due: number;
  onAssess: (entry: HandledInteraction) => void;
}) {
  return (
    <section class="card" aria-labelledby="self-heading">
      <h2 id="self-heading">{t('self.heading')}</h2>
      <p role="status">{t('self.due', { count: due })}</p>
      {handled.length === 0 ? (
        <p class="muted">{t('self.none')}</p>
      ) : (
        <ul class="handled">
          {handled.map((entry) => (
            <li key={entry.key}>
              <button type="button" class="link" onClick={() => onAssess(entry)}>
                {t('self.assess', { id: entry.snapshot.externalId })}
              </button>{' '}
              <span class="muted">
                {t(`channel.${entry.snapshot.channel}`)} · {entry.snapshot.customer ?? ''} · {formatDateTime(entry.lastSeenAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Self-assessment and supervisor evaluation side by side, item by item, differences marked. */
export function Comparison({ version, self, supervisor }: { version: ScorecardVersion; self: Evaluation; supervisor: Evaluation }) {
  const rows = compareEvaluations(version, self, supervisor, t('scorecard.notApplicable'));
  return (
    <section class="card" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compare.heading', { agent: self.evaluatorName, name: supervisor.evaluatorName })}</h2>
      <table class="compare" aria-labelledby="compare-heading">
        <thead>
          <tr>
            <th scope="col">{t('compare.item')}</th>
            <th scope="col">{t('compare.self')}</th>
            <th scope="col">{t('compare.supervisor')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.itemId} class={row.differs ? 'differs' : undefined}>
              <th scope="row">
                {row.text}
                {row.differs && <span class="badge bad">{t('compare.differs')}</span>}
              </th>
              <td>{row.self ?? '–'}</td>
              <td>{row.supervisor ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Feedback and encouragement sent to the agent; acknowledging tells the sender it was read. */
export function FeedbackForAgent({ feedback, onAcknowledge }: { feedback: Feedback[]; onAcknowledge: (id: string) => void }) {
  if (feedback.length === 0) return null;
  return (
    <section class="card" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('feedback.heading')}</h2>
      <ul class="feedback">
        {feedback.map((f) => (
          <li key={f.id}>
            <span>{f.text}</span> <span class="muted">· {f.fromName} · {formatDateTime(f.sentAt)}</span>{' '}
            {f.acknowledgedAt ? (
              <span class="badge ok">{t('feedback.acknowledged')}</span>
            ) : (
              <button type="button" class="link" onClick={() => onAcknowledge(f.id)}>
                {t('feedback.acknowledge', { from: f.fromName })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
