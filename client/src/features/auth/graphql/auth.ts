import { graphql } from '../../../gql';

// Log in and sign up answer with the viewer so the app can show it without asking again.
export const MeDocument = graphql(`
  query Me {
    me {
      id
      ...AccountMenu_viewer
    }
  }
`);

export const LogInDocument = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      id
      ...AccountMenu_viewer
    }
  }
`);

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      ...AccountMenu_viewer
    }
  }
`);

export const LogOutDocument = graphql(`
  mutation LogOut {
    logOut
  }
`);
