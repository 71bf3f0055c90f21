import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the server under /app; every other one-segment path is a short code.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
