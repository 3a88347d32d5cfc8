import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n';
import type { Delivery } from '../lib/state/panel';

const PHRASES: { kind: 'encouragement' | 'feedback'; key: MessageKey }[] = [
  { kind: 'encouragement', key: 'phrase.greatStart' },
  { kind: 'encouragement', key: 'phrase.keepCalm' },
  { kind: 'encouragement', key: 'phrase.solvedFirst' },
  { kind: 'feedback', key: 'phrase.shorter' },
  { kind: 'feedback', key: 'phrase.summarise' },
];

/** The rush-hour switch and one-click phrases a supervisor sends to the agent while co-listening. */
export function RushHour({ on, companionTitle, agent, lastSent, onToggle, onSend }: {
  on: boolean;
  companionTitle: string | null;
  agent: string | null;
  /** The last phrase sent, and how far it has got. */
  lastSent: { agent: string; text: string; delivery: Delivery } | null;
  onToggle: (on: boolean) => void;
  onSend: (kind: 'encouragement' | 'feedback', text: string) => Promise<boolean>;
}) {
  const [failed, setFailed] = useState(false);
  return (
    <section class="card rush" aria-label={t('rush.toggle')}>
      <label class="switch">
        <input type="checkbox" role="switch" checked={on} onChange={(e) => onToggle(e.currentTarget.checked)} />
        {t('rush.toggle')}
      </label>
      {on && (
        <>
          <p class="muted">{companionTitle ? t('rush.usingCompanion', { title: companionTitle }) : t('rush.noCompanion')}</p>
          <div role="group" aria-label={t('rush.phrases')} class="phrases">
            {PHRASES.map(({ kind, key }) => (
              <button
                key={key}
                type="button"
                disabled={!agent}
                onClick={() => void onSend(kind, t(key)).then((ok) => setFailed(!ok))}
              >
                {t(key)}
              </button>
            ))}
          </div>
          {!agent && <p class="muted">{t('rush.noAgent')}</p>}
          <p role="status">{failed ? t('rush.noAgent') : lastSent ? deliveryText(lastSent) : ''}</p>
        </>
      )}
    </section>
  );
}

function deliveryText({ agent, text, delivery }: { agent: string; text: string; delivery: Delivery }): string {
  if (delivery.state === 'sent') return t('rush.sent', { agent, text });
  if (delivery.state === 'refused') return t('rush.refused', { agent, text, reason: delivery.reason });
  return t('rush.waiting', { agent, text });
}
