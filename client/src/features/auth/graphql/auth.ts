import { graphql } from '../../../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      account {
        id
        name
      }
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
        name
      }
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
        name
      }
    }
  }
`);

export const LogOutDocument = graphql(`
  mutation LogOut {
    logOut
  }
`);
