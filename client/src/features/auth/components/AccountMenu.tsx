import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LogOutIcon } from '../../../components/Icons';
import { Menu } from '../../../components/Menu';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { LogOutDocument, MeDocument } from '../graphql/auth';

/** What the top bar shows about who is signed in (part of SignedInViewer). */
export const AccountMenu_viewer = graphql(`
  fragment AccountMenu_viewer on Viewer {
    id
    email
    account {
      id
      name
    }
  }
`);

/** The account's name in the top bar and Log out; on a phone both sit in a small menu. */
export function AccountMenu({
  viewer: viewerRef,
}: {
  viewer: FragmentType<typeof AccountMenu_viewer> | null | undefined;
}) {
  const viewer = useFragment(AccountMenu_viewer, viewerRef);
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

  const name = viewer?.account.name ?? '';
  return (
    <div className="account">
      <span className="account-name" title={viewer?.email ?? undefined}>
        {name}
      </span>
      <button
        type="button"
        className="button button-ghost account-log-out"
        onClick={() => void onLogOut()}
        disabled={loading}
      >
        Log out
      </button>
      <div className="account-compact">
        <Menu
          label={name ? `Account: ${name}` : 'Account'}
          trigger={
            <span className="account-avatar" aria-hidden="true">
              {name.trim().charAt(0).toUpperCase() || '?'}
            </span>
          }
          heading={
            <div className="menu-heading">
              <strong>{name}</strong>
              {viewer?.email && <span>{viewer.email}</span>}
            </div>
          }
          items={[{ label: 'Log out', icon: <LogOutIcon />, onSelect: () => void onLogOut() }]}
        />
      </div>
    </div>
  );
}
