import { useQuery } from '@apollo/client/react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { KeyIcon, LinkIcon, MegaphoneIcon, WebhookIcon } from '../components/Icons';
import { PreviewBadge } from '../components/Preview';
import { ToastProvider } from '../components/Toast';
import { AccountMenu } from '../features/auth/components/AccountMenu';
import { MeDocument, SignedInViewer } from '../features/auth/graphql/auth';
import { useFragment } from '../gql';

export function Layout() {
  const me = useFragment(SignedInViewer, useQuery(MeDocument).data?.me);
  const onLinkPage = useLocation().pathname.startsWith('/links/');

  return (
    <ToastProvider>
      <div className="shell">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="topbar">
          <div className="topbar-inner">
            <NavLink to="/" className="brand" aria-label="Smart Links home">
              <span className="brand-mark" aria-hidden="true" />
              <span className="brand-name">Smart Links</span>
            </NavLink>
            <PreviewBadge />
            <nav className="nav" aria-label="Main">
              {/* A link's analytics page belongs to Links. */}
              <NavLink
                to="/"
                end
                className={({ isActive }) => `nav-link ${isActive || onLinkPage ? 'active' : ''}`}
              >
                <LinkIcon /> Links
              </NavLink>
              <NavLink to="/campaigns" className="nav-link">
                <MegaphoneIcon /> Campaigns
              </NavLink>
              <NavLink to="/api-keys" className="nav-link">
                <KeyIcon /> API keys
              </NavLink>
              <NavLink to="/webhooks" className="nav-link">
                <WebhookIcon /> Webhooks
              </NavLink>
            </nav>
            <AccountMenu viewer={me} />
          </div>
        </header>
        <main id="main" className="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </ToastProvider>
  );
}
