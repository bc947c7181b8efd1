/** The sign-in page: shop id (the demo shop prefilled), e-mail and password; one generic error. */
import { useState } from 'preact/hooks';
import { ApiError } from '../api/console-api.ts';
import type { ConsoleAgent } from '../api/schemas.ts';
import { useUi } from '../ui-context.ts';
import { LangSwitch } from './lang-switch.tsx';

/** Signs the agent in and hands the agent to `onSignedIn`. */
export function SignIn({ onSignedIn }: { onSignedIn(agent: ConsoleAgent): void }) {
  const { t, api } = useUi();
  const [form, setForm] = useState({ shop: 'demo-apparel', email: '', password: '' });
  const [error, setError] = useState<'wrong' | 'rate' | 'other' | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (name: keyof typeof form) => ({
    name,
    value: form[name],
    onInput: (e: Event) =>
      setForm({ ...form, [name]: (e.currentTarget as HTMLInputElement).value }),
  });

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.signIn(form));
    } catch (err) {
      if (err instanceof ApiError && err.details.includes('rate_limit')) setError('rate');
      else if (err instanceof ApiError && (err.status === 401 || err.status === 400))
        setError('wrong');
      else setError('other');
    } finally {
      setBusy(false);
    }
  };

  const message = { wrong: t.wrongCredentials, rate: t.rateLimited, other: t.error };
  return (
    <main class="sign-in">
      <form class="sign-in-card" onSubmit={(e) => void submit(e)}>
        <div class="sign-in-head">
          <h1>{t.appName}</h1>
          <LangSwitch />
        </div>
        <h2>{t.signInTitle}</h2>
        <label>
          {t.shop}
          <input {...field('shop')} required autoComplete="organization" />
        </label>
        <label>
          {t.email}
          <input {...field('email')} type="email" required autoComplete="username" />
        </label>
        <label>
          {t.password}
          <input {...field('password')} type="password" required autoComplete="current-password" />
        </label>
        {error && (
          <p class="form-error" role="alert">
            {message[error]}
          </p>
        )}
        <button class="primary" type="submit" disabled={busy}>
          {busy ? t.signingIn : t.signIn}
        </button>
      </form>
    </main>
  );
}
