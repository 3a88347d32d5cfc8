import { Channel, type ScorecardSummary, type ScorecardVersion } from '../../lib/domain';
import { t } from '../../lib/i18n';

interface Props {
  version: ScorecardVersion;
  scorecards: readonly ScorecardSummary[];
  onChange: (patch: Partial<ScorecardVersion>) => void;
}

const CHANNELS = Channel.options.filter((c) => c !== 'unknown');

/** Which channels and teams the form is for, and its shorter rush-hour companion. */
export function ScopeEditor({ version, scorecards, onChange }: Props) {
  const channels = version.channels ?? [];
  const others = scorecards.filter((s) => s.id !== version.scorecardId && s.status !== 'archived');
  return (
    <fieldset class="scope">
      <legend>{t('builder.scope')}</legend>
      <fieldset class="channels">
        <legend>{t('builder.channels')}</legend>
        {CHANNELS.map((channel) => (
          <label key={channel}>
            <input
              type="checkbox"
              aria-label={t('builder.channel', { channel: t(`channel.${channel}`) })}
              checked={channels.includes(channel)}
              onChange={(e) =>
                onChange({ channels: e.currentTarget.checked ? [...channels, channel] : channels.filter((c) => c !== channel) })
              }
            />
            {t(`channel.${channel}`)}
          </label>
        ))}
      </fieldset>
      <label class="field">
        {t('builder.teams')}
        <input
          type="text"
          value={(version.teamIds ?? []).join(', ')}
          onChange={(e) => onChange({ teamIds: e.currentTarget.value.split(',').map((s) => s.trim()).filter(Boolean) })}
        />
      </label>
      <label class="field">
        {t('builder.rushHour')}
        <select
          value={version.rushHourScorecardId ?? ''}
          onChange={(e) => onChange({ rushHourScorecardId: e.currentTarget.value || undefined })}
        >
          <option value="">{t('builder.noRushHour')}</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
