import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, Skeleton } from '../../../components/States';
import { MeDocument } from '../graphql/auth';

/** Renders the signed-in part of the app, or sends the visitor to the log-in screen. */
export function RequireAuth() {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeDocument);
  if (loading && !data) return <Skeleton rows={5} />;
  if (error) return <ErrorState message="Could not reach Smart Links." onRetry={() => void refetch()} />;
  if (!data?.me) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}
