import { resolve } from 'node:path';
import { createSchema } from './schema';

/** `pnpm schema:emit`: writes the repository's schema.graphql from the code-first schema. */
const target = resolve(__dirname, '../../../schema.graphql');
createSchema(target)
  .then(() => console.log(`Wrote ${target}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
