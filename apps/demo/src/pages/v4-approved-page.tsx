// Where the approval page sends the browser back after "Sign in with TMDB": the request token is exchanged
// for the user's access token (and a v3 session), then the user lands on their v4 lists.
import { useEffect, useState } from 'react';
import { useDocumentTitle } from '../components/details-parts.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { Link, useRouter } from '../router.js';
import { useSession } from '../session.js';
import { NoPendingSignInError } from '../v4-sign-in.js';

export function V4ApprovedPage() {
  const { completeTmdbSignIn } = useSession();
  const { navigate } = useRouter();
  const [failure, setFailure] = useState<unknown>();
  useDocumentTitle('Signing in');

  useEffect(() => {
    completeTmdbSignIn().then(
      () => navigate({ name: 'v4-lists', page: 1 }, { replace: true }),
      (error: unknown) => setFailure(error),
    );
  }, [completeTmdbSignIn, navigate]);

  if (failure === undefined) return <Loading label="Signing you in with TMDB…" />;
  return (
    <div className="login">
      <h1>Sign in with TMDB</h1>
      {failure instanceof NoPendingSignInError ? (
        <p className="status error" role="alert">
          {failure.message}
        </p>
      ) : (
        <ErrorNotice error={failure} subject="sign-in" />
      )}
      <p>
        <Link to={{ name: 'login', next: undefined }}>Back to sign in</Link>
      </p>
    </div>
  );
}
