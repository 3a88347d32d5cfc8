import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';

interface Props {
  defaultServerUrl: string;
  busy: boolean;
  error: string | null;
  onSubmit: (serverUrl: string, email: string, password: string) => void;
}

export function SignInForm({ defaultServerUrl, busy, error, onSubmit }: Props) {
  const [serverUrl, setServerUrl] = useState(defaultServerUrl);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const message = error === 'badServer' ? t('signIn.badServer') : error ? t('signIn.failed', { message: error }) : null;
  return (
    <form
      class="card"
      aria-labelledby="sign-in-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(serverUrl, email, password);
      }}
    >
      <h2 id="sign-in-heading">{t('signIn.heading')}</h2>
      <label>
        {t('signIn.server')}
        <input type="url" value={serverUrl} required onInput={(e) => setServerUrl(e.currentTarget.value)} />
      </label>
      <label>
        {t('signIn.email')}
        <input type="email" autoComplete="username" value={email} required onInput={(e) => setEmail(e.currentTarget.value)} />
      </label>
      <label>
        {t('signIn.password')}
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          required
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      {message && (
        <p role="alert" class="error">
          {message}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('signIn.busy') : t('signIn.submit')}
      </button>
    </form>
  );
}
