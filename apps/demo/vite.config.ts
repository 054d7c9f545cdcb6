// The browser app: built to dist/public, which the demo server (../server) serves next to its /tmdb proxy.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Only VITE_* variables could ever reach the bundle; the demo defines none, and TMDB_* are never exposed.
  envPrefix: 'VITE_DEMO_',
  build: {
    outDir: 'dist/public',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
