import type { InteractionField, InteractionSnapshot } from '../lib/domain';
import { t, type MessageKey } from '../lib/i18n';

const rows: { field: InteractionField; label: MessageKey; value: (s: InteractionSnapshot) => string | undefined }[] = [
  { field: 'externalId', label: 'interaction.id', value: (s) => s.externalId },
  { field: 'channel', label: 'interaction.channel', value: (s) => t(`channel.${s.channel}`) },
  { field: 'customer', label: 'interaction.customer', value: (s) => s.customer },
  { field: 'agent', label: 'interaction.agent', value: (s) => (s.agentEmail ? `${s.agent ?? ''} <${s.agentEmail}>`.trim() : s.agent) },
  { field: 'queue', label: 'interaction.queue', value: (s) => s.queue },
  { field: 'subject', label: 'interaction.subject', value: (s) => s.subject },
];

/** The interaction open in the active tab. Page text is rendered as text, never as HTML. */
export function InteractionCard({ snapshot, reading = false }: {
  snapshot: InteractionSnapshot;
  /** The page names this interaction in its URL but is still showing it: its fields follow. */
  reading?: boolean;
}) {
  return (
    <section class="card" aria-labelledby="interaction-heading" aria-busy={reading}>
      <h2 id="interaction-heading">{t('interaction.heading')}</h2>
      {reading && (
        <p role="status" class="muted">
          {t('interaction.reading')}
        </p>
      )}
      <dl class="facts" aria-label={t('interaction.heading')}>
        {rows.map(({ field, label, value }) => {
          const text = value(snapshot);
          return (
            <div key={field}>
              <dt>{t(label)}</dt>
              <dd data-field={field} class={text ? undefined : 'muted'}>
                {text ?? t('interaction.notRead')}
              </dd>
            </div>
          );
        })}
      </dl>
      <a href={snapshot.url} target="_blank" rel="noreferrer noopener">
        {t('interaction.openInHost')}
      </a>
    </section>
  );
}

export function NoInteraction({ origin, platform, siteEnabled, onEnable, onDisable, notice }: {
  origin: string | null;
  /** The built-in platform the page belongs to, offered by name. */
  platform: string | null;
  siteEnabled: boolean | null;
  onEnable: () => void;
  onDisable: () => void;
  notice: string | null;
}) {
  return (
    <section class="card" aria-labelledby="interaction-heading">
      <h2 id="interaction-heading">{t('interaction.heading')}</h2>
      <p>{t('interaction.none')}</p>
      {origin && siteEnabled === false ? (
        <>
          <p>{t('site.notEnabled', { origin })}</p>
          <button type="button" onClick={onEnable}>
            {platform ? t('site.enablePlatform', { platform, origin }) : t('site.enable', { origin })}
          </button>
        </>
      ) : (
        <p class="muted">{t('interaction.noneHint')}</p>
      )}
      {origin && siteEnabled === true && (
        <button type="button" class="link" onClick={onDisable}>
          {t('site.disable', { origin })}
        </button>
      )}
      {notice && <p role="status">{notice}</p>}
    </section>
  );
}
