import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

// Served by the server under /app; every other one-segment path is a short code.
export default defineConfig({
  base: '/app/',
  plugins: [
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
