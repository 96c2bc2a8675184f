import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The Moat server the app's `/graphql` requests go to. */
const moatServer = process.env.MOAT_SERVER ?? 'http://localhost:4000';
const proxy = { '/graphql': { target: moatServer, changeOrigin: true } };

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
});
