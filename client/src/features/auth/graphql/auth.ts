import { graphql } from '../../../gql';

// Log in and sign up answer with the viewer so the app can show it without asking again.
export const MeDocument = graphql(`
  query Me {
    me {
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
  }
`);

export const LogInDocument = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
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
  }
`);

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
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
