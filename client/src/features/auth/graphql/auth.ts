import { graphql } from '../../../gql';

/**
 * Who is signed in, as the dashboard keeps it: Me, LogIn and SignUp select exactly this (log in and sign
 * up answer with the viewer so the app can show it without asking again). Read it with
 * `useFragment(SignedInViewer, data.me)`.
 */
export const SignedInViewer = graphql(`
  fragment SignedInViewer on Viewer {
    id
    email
    account {
      id
      shortUrlBase
    }
    preferences {
      excludeBots
    }
    ...AccountMenu_viewer
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SignedInViewer
    }
  }
`);

export const LogInDocument = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...SignedInViewer
    }
  }
`);

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...SignedInViewer
    }
  }
`);

export const LogOutDocument = graphql(`
  mutation LogOut {
    logOut
  }
`);

/** Remembers a choice for the signed-in person; the answer updates the cached viewer. */
export const UpdatePreferencesDocument = graphql(`
  mutation UpdatePreferences($input: PreferencesInput!) {
    updatePreferences(input: $input) {
      id
      preferences {
        excludeBots
      }
    }
  }
`);
