import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n';

const PHRASES: { kind: 'encouragement' | 'feedback'; key: MessageKey }[] = [
  { kind: 'encouragement', key: 'phrase.greatStart' },
  { kind: 'encouragement', key: 'phrase.keepCalm' },
  { kind: 'encouragement', key: 'phrase.solvedFirst' },
  { kind: 'feedback', key: 'phrase.shorter' },
  { kind: 'feedback', key: 'phrase.summarise' },
];

/** The rush-hour switch and one-click phrases a supervisor sends to the agent while co-listening. */
export function RushHour({ on, companionTitle, agent, onToggle, onSend }: {
  on: boolean;
  companionTitle: string | null;
  agent: string | null;
  onToggle: (on: boolean) => void;
  onSend: (kind: 'encouragement' | 'feedback', text: string) => Promise<boolean>;
}) {
  const [sent, setSent] = useState<string | null>(null);
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
                onClick={() =>
                  void onSend(kind, t(key)).then((ok) => setSent(ok ? t('rush.sent', { agent: agent ?? '', text: t(key) }) : t('rush.noAgent')))
                }
              >
                {t(key)}
              </button>
            ))}
          </div>
          {!agent && <p class="muted">{t('rush.noAgent')}</p>}
          {sent && <p role="status">{sent}</p>}
        </>
      )}
    </section>
  );
}
