import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const dataDirectory = resolve(import.meta.dirname, 'data');

/**
 * Serves `data/*.geojson` at `/data/…` in development and copies them into the build, so the
 * default zones and the offline basemap stay plain files an editor can replace — fetched at run
 * time (a missing or corrupt file can then be reported by name) rather than baked into the JS.
 */
function serveDataDirectory(): Plugin {
  const dataFileNames = () => readdirSync(dataDirectory).filter((name) => name.endsWith('.geojson'));
  return {
    name: 'serve-data-directory',
    configureServer(server) {
      server.middlewares.use('/data', (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').split('?')[0]!.replace(/^\//, ''));
        if (!dataFileNames().includes(name)) return next();
        response.setHeader('Content-Type', 'application/geo+json');
        response.end(readFileSync(join(dataDirectory, name)));
      });
    },
    generateBundle() {
      for (const name of dataFileNames()) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(dataDirectory, name)) });
      }
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    serveDataDirectory(),
    // The offline cache (src/offline/serviceWorker.ts): every file of the build, data included,
    // listed with its revision. No web-app manifest or icons: the app is used in a browser tab.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'serviceWorker.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{html,js,mjs,css,svg,geojson}'],
        // The main chunk (MapLibre, deck.gl) is about 2 MB.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  // The dev server pre-bundles dependencies it finds from index.html; the zone worker and the
  // modules loaded later (import formats, presenter, PNG export) would be found only when first
  // requested, and each late find reloads the page. Scanning every source file finds them all at
  // start, so a newcomer's first `npm run dev` page loads once.
  optimizeDeps: { entries: ['index.html', 'src/**/*.ts'] },
  preview: { port: 4173, strictPort: false },
});
