import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n';

/** When nothing is detected, the user types or pastes the interaction: an evaluation is never blocked. */
export function ManualInteraction({ onUse }: { onUse: (text: string) => MessageKey | null }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  return (
    <form
      class="manual"
      aria-label={t('manual.heading')}
      onSubmit={(event) => {
        event.preventDefault();
        setError(onUse(text));
      }}
    >
      <label>
        {t('manual.input')}
        <input type="text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {error && (
        <p role="alert" class="error">
          {t(error)}
        </p>
      )}
      <button type="submit">{t('manual.use')}</button>
    </form>
  );
}
