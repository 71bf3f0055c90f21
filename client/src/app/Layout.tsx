import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { KeyIcon, LinkIcon } from '../components/Icons';
import { LogOutDocument, MeDocument } from '../features/auth/graphql/auth';

export function Layout() {
  const { data } = useQuery(MeDocument);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logOut, { loading }] = useMutation(LogOutDocument);

  const onLogOut = async () => {
    try {
      await logOut();
    } finally {
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: null } });
      void navigate('/login', { replace: true });
    }
  };

  return (
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
          <span
            className="preview-badge"
            title="Behaviour and analytics may change before general availability."
          >
            Pre-launch preview
          </span>
          <nav className="nav" aria-label="Main">
            <NavLink to="/" end className="nav-link">
              <LinkIcon /> Links
            </NavLink>
            <NavLink to="/api-keys" className="nav-link">
              <KeyIcon /> API keys
            </NavLink>
          </nav>
          <div className="account">
            <span className="account-name" title={data?.me?.email ?? undefined}>
              {data?.me?.account.name}
            </span>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => void onLogOut()}
              disabled={loading}
            >
              Log out
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
