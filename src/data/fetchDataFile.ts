/**
 * Fetches one of the app's own data files (`data/*.geojson`) as text. Returns a value, never
 * throws: a missing file and an unreachable one become a reason a person can read.
 */
export type FetchedText = { ok: true; text: string } | { ok: false; reason: string };

export async function fetchDataFile(url: string): Promise<FetchedText> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) return { ok: false, reason: `HTTP ${response.status} ${response.statusText}`.trim() };
  try {
    return { ok: true, text: await response.text() };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
