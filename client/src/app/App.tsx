import { useApolloClient } from '@apollo/client/react';
import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { Spinner } from '../components/States';
import { LogInPage, SignUpPage } from '../features/auth/components/AuthPages';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { MeDocument } from '../features/auth/graphql/auth';
import { LinksPage } from '../features/links/components/LinksPage';
import { onSessionExpired, rememberSignedIn } from '../lib/session';
import { Layout } from './Layout';

// Secondary screens load on demand; the analytics page pulls in chart.js and leaflet only when shown.
const AnalyticsPage = lazy(() => import('../features/analytics/components/AnalyticsPage'));
const ApiKeysPage = lazy(() => import('../features/api-keys/components/ApiKeysPage'));
const WebhooksPage = lazy(() => import('../features/webhooks/components/WebhooksPage'));
const WebhookDeliveriesPage = lazy(() => import('../features/webhooks/components/WebhookDeliveriesPage'));
const CampaignsPage = lazy(() => import('../features/campaigns/components/CampaignsPage'));
const CampaignPage = lazy(() => import('../features/campaigns/components/CampaignPage'));

/** UNAUTHENTICATED from any request: forget cached data and go back to the log-in screen. */
function SessionWatcher() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(
    () =>
      onSessionExpired(() => {
        rememberSignedIn(false);
        if (location.pathname === '/login') return;
        void client.clearStore().then(() => {
          client.writeQuery({ query: MeDocument, data: { me: null } });
          void navigate('/login?expired=1', {
            replace: true,
            state: { from: location.pathname + location.search },
          });
        });
      }),
    [client, navigate, location],
  );
  return null;
}

export function App() {
  return (
    <>
      <SessionWatcher />
      <Suspense fallback={<Spinner />}>
        <Routes>
          <Route path="/login" element={<LogInPage />} />
          <Route path="/signup" element={<SignUpPage />} />
          <Route element={<RequireAuth />}>
            <Route element={<Layout />}>
              <Route index element={<LinksPage />} />
              <Route path="links/:id" element={<AnalyticsPage />} />
              <Route path="campaigns" element={<CampaignsPage />} />
              <Route path="campaigns/:id" element={<CampaignPage />} />
              <Route path="api-keys" element={<ApiKeysPage />} />
              <Route path="webhooks" element={<WebhooksPage />} />
              <Route path="webhooks/:id" element={<WebhookDeliveriesPage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Route>
        </Routes>
      </Suspense>
    </>
  );
}

function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        <a href="/app/">Back to your links</a>
      </p>
    </div>
  );
}
