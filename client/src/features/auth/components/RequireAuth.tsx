import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, Skeleton } from '../../../components/States';
import { probablySignedIn, rememberSignedIn } from '../../../lib/session';
import { MeDocument } from '../graphql/auth';

/**
 * Renders the signed-in part of the app, or sends the visitor to the log-in screen. A browser that was
 * signed in last time renders the screen at once, so its queries run beside "who am I" rather than after
 * it; the server still refuses them without a session, and the answer to "who am I" decides.
 */
export function RequireAuth() {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeDocument);
  const [optimistic] = useState(probablySignedIn);
  const signedIn = data ? Boolean(data.me) : undefined;
  useEffect(() => {
    if (signedIn !== undefined) rememberSignedIn(signedIn);
  }, [signedIn]);

  if (loading && !data) return optimistic ? <Outlet /> : <Skeleton rows={5} />;
  if (error) return <ErrorState message="Could not reach Smart Links." onRetry={() => void refetch()} />;
  if (!data?.me) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}
