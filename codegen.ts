import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the dashboard, generated from the committed schema.graphql. Fragment masking is on
 * (the preset's default): a component sees only the fields its own fragment selects.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
