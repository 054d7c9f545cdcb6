// Log in with a TMDB username and password. Offline, the page shows the mock's demo user and can fill it in.
import { type FormEvent, useId, useState } from 'react';
import { useDocumentTitle } from '../components/details-parts.js';
import { ErrorNotice } from '../components/status.js';
import { useDemoConfig } from '../demo-config-context.js';
import { useRouter } from '../router.js';
import { parseRoute } from '../routes.js';
import { useSession } from '../session.js';
import { startTmdbSignIn } from '../v4-sign-in.js';

export function LoginPage({ next }: { next: string | undefined }) {
  const { demoUser, mode, approvalPage } = useDemoConfig();
  const { account, logIn } = useSession();
  const { navigate } = useRouter();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [missing, setMissing] = useState(false);
  const [redirecting, setRedirecting] = useState(false);
  const usernameId = useId();
  useDocumentTitle('Log in');
  const passwordId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (username.trim() === '' || password === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setPending(true);
    try {
      await logIn(username.trim(), password);
      // Back to where the login was asked for (the routes only ever carry this app's own paths).
      const back = next ? new URL(next, window.location.origin) : undefined;
      navigate(
        back
          ? parseRoute(back.pathname, back.search)
          : { name: 'account-list', list: 'favorites', kind: 'movie', page: 1 },
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="login">
      <h1>Log in</h1>
      {account ? <p>You are logged in as {account.session.username}.</p> : null}
      <section className="tmdb-sign-in" aria-label="Sign in with TMDB">
        <p>
          Approve this app on{' '}
          {mode === 'mock' ? 'the offline mock’s stand-in for TMDB’s page' : 'themoviedb.org'}: no password
          here, and your v4 lists (movies and series together) become available.
        </p>
        <button
          type="button"
          disabled={redirecting}
          onClick={() => {
            setFailure(undefined);
            setRedirecting(true);
            startTmdbSignIn(approvalPage).catch((error: unknown) => {
              setRedirecting(false);
              setFailure(error);
            });
          }}
        >
          {redirecting ? 'Opening TMDB…' : 'Sign in with TMDB'}
        </button>
      </section>
      <h2>Or log in with a username and password</h2>
      {demoUser ? (
        <aside className="demo-user" aria-label="Demo account">
          <p>
            This demo runs offline against <strong>@tmdb-kit/mock</strong>. Log in as its demo user:
          </p>
          <dl>
            <dt>Username</dt>
            <dd>
              <code>{demoUser.username}</code>
            </dd>
            <dt>Password</dt>
            <dd>
              <code>{demoUser.password}</code>
            </dd>
          </dl>
          <button
            type="button"
            onClick={() => {
              setUsername(demoUser.username);
              setPassword(demoUser.password);
            }}
          >
            Fill in the demo user
          </button>
        </aside>
      ) : (
        <p className="muted">
          {mode === 'tmdb'
            ? 'Use your themoviedb.org username and password. They go to TMDB through this demo’s server and are not stored.'
            : null}
        </p>
      )}
      <form className="login-form" onSubmit={submit}>
        <label htmlFor={usernameId}>Username</label>
        <input
          id={usernameId}
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <label htmlFor={passwordId}>Password</label>
        <input
          id={passwordId}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" disabled={pending}>
          {pending ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      {missing ? (
        <p className="inline-error" role="alert">
          Enter both your username and your password.
        </p>
      ) : null}
      {failure === undefined ? null : <ErrorNotice error={failure} subject="account" />}
    </div>
  );
}
