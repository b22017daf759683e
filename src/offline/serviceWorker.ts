/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

/**
 * The offline cache, built by vite-plugin-pwa (`injectManifest`): `__WB_MANIFEST` is replaced at
 * build time by every file of the build with its revision. After the first visit the app, its
 * data and the offline basemap (which is made of those data files and local fonts only) come from
 * here when the network is gone.
 *
 * - App files (HTML, JS, CSS, the MapLibre worker): precached, served from the cache; a new build
 *   brings a new service worker, which takes over once every tab of the old one has closed.
 * - Data files (`data/*.geojson`): fetched at install, then network first, so an editor's
 *   replaced file shows at once when online and the last copy is used offline.
 * - Online basemap tiles: not touched (other origins pass straight through).
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

const DATA_CACHE = 'tianjin-cv-zones-data';
const NETWORK_TIMEOUT_SECONDS = 4;

const isDataFile = (path: string) => /(^|\/)data\/[^/]+\.geojson$/.test(path);
const entryUrl = (entry: PrecacheEntry | string) => (typeof entry === 'string' ? entry : entry.url);

const manifest = self.__WB_MANIFEST;
const dataUrls = manifest.map(entryUrl).filter(isDataFile);

precacheAndRoute(manifest.filter((entry) => !isDataFile(entryUrl(entry))));
cleanupOutdatedCaches();

// One file that cannot be fetched (an editor removed it) must not stop the rest being cached.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(DATA_CACHE).then((cache) => Promise.all(dataUrls.map((url) => cache.add(new URL(url, self.registration.scope).href).catch(() => undefined)))),
  );
});

registerRoute(({ url, sameOrigin }) => sameOrigin && isDataFile(url.pathname), new NetworkFirst({ cacheName: DATA_CACHE, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS }));

// Any page address (`?present=1`, a hash) opens the cached app.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// The first install serves the page that registered it at once (no reload needed to work offline).
clientsClaim();
