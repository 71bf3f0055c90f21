import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const GQL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'src/gql');

/**
 * For the build: each `graphql(`…`)` call becomes its generated document itself, so a chunk carries the
 * documents its own screens use. Through `graphql()`, gql.ts's map of every source string and
 * graphql.ts's every document sat in the first chunk. The tables are codegen's own output (gql.ts maps
 * a source to its document's name, graphql.ts holds each document as JSON), so the match is exact; a
 * call missing from them fails the build (run `pnpm codegen`).
 */
function inlineGraphqlDocuments(): Plugin {
  let documents: Map<string, string>;
  return {
    name: 'smart-links:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const gql = readFileSync(resolve(GQL_DIR, 'gql.ts'), 'utf8');
      const start = gql.indexOf('const documents');
      const block = gql.slice(start, gql.indexOf('\n};', start));
      const generated = readFileSync(resolve(GQL_DIR, 'graphql.ts'), 'utf8');
      const json = new Map(
        [...generated.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)].map(
          (m) => [m[1]!, m[2]!],
        ),
      );
      documents = new Map();
      for (const m of block.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
        const document = json.get(m[2]!);
        if (document) documents.set(JSON.parse(m[1]!) as string, document);
      }
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(GQL_DIR) || !code.includes('graphql(`')) return null;
      return {
        code: code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, source: string) => {
          const document = documents.get(source);
          if (!document) this.error(`${id}: a graphql() document that codegen has not generated`);
          return `(${document})`;
        }),
        map: null,
      };
    },
  };
}

// Served by the server under /app; every other one-segment path is a short code.
export default defineConfig({
  base: '/app/',
  plugins: [
    inlineGraphqlDocuments(),
    react(),
    // Brotli and gzip copies beside each asset, made once at build time; the server picks one per request.
    // index.html is left out: it is small and always revalidated.
    compression({
      include: /\.(js|css|svg|json)$/,
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      logLevel: 'silent',
    }),
  ],
  server: { proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' } },
  build: {
    rolldownOptions: {
      // The compression step runs beside the bundler's own callbacks and would be reported as slow.
      checks: { bundlerTimings: false },
      output: {
        // Stable vendor chunks: the app's own code changes more often than React or Apollo.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/,
            },
            { name: 'chart', test: /node_modules[\\/](chart\.js|react-chartjs-2|@kurkle)[\\/]/ },
            {
              name: 'map',
              test: /node_modules[\\/](leaflet|topojson-client|world-atlas)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // The first render of a file pays for jsdom and Apollo's warm-up; on a busy machine that alone nears 5 s.
    testTimeout: 15_000,
  },
});
