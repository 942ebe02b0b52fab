// Vite: bundles src/ into dist/ (hashed assets under /assets/), no inline scripts or styles (the page runs under
// a strict CSP). `npm run dev` proxies /api to a running `gpsi serve` (GPSI_API, default http://127.0.0.1:5000).
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': process.env.GPSI_API ?? 'http://127.0.0.1:5000' },
  },
  test: {
    include: ['test/**/*.test.js'],
    environment: 'node',
  },
});
