let resolveOfflineCacheReady: (ready: boolean) => void = () => undefined;

/** Whether the offline cache is in place: resolves once `registerOfflineCache` has an answer. */
export const offlineCacheReady = new Promise<boolean>((resolve) => (resolveOfflineCacheReady = resolve));

/**
 * Registers the offline cache (serviceWorker.ts) in production builds. Resolves true once it is
 * active (everything cached), false where there is none: a development server, a browser
 * without service workers, or a page not served over https or from localhost.
 */
export async function registerOfflineCache(): Promise<boolean> {
  let ready = false;
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    try {
      await navigator.serviceWorker.register(new URL('serviceWorker.js', document.baseURI), { scope: './' });
      await navigator.serviceWorker.ready;
      ready = true;
    } catch {
      ready = false;
    }
  }
  resolveOfflineCacheReady(ready);
  return ready;
}
