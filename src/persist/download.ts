import { element } from '../ui/dom';

/** Hands a file to the browser's downloads (an object URL on a hidden link, released afterwards). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = element('a', { attributes: { href: url, download: fileName }, styles: { display: 'none' } });
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
