import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const web = (file: string) => fileURLToPath(new URL(`./web/${file}`, import.meta.url));

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The server's CSP allows only same-origin scripts: keep every script in a file.
    assetsInlineLimit: 0,
    // The server finds the public pages' stylesheet (a second entry) through the manifest.
    manifest: true,
    rollupOptions: {
      input: {
        main: web('index.html'),
        public: web('public-pages.css'),
        monitor: web('monitor-figure.ts'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
