import type { MissingGeometries } from './geometryReferences';

/**
 * What every zone worker call answers: a value, or the reason it failed, never an exception
 * crossing the boundary. A call naming outlines the worker has forgotten answers `missing-geometries`.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string } | MissingGeometries;

export function attempt<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
