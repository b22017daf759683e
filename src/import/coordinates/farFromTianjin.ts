import { importMessage, type ImportMessage } from '../importMessage';
import type { LoadedFeature } from '../importResult';
import { boundingBox } from './boundingBox';
import { distanceMetres } from './datumShift';

/** Tianjin city centre (CONTEXT.md): 117.20° E, 39.13° N. */
const TIANJIN_CENTRE = [117.2, 39.13] as const;
/** The municipality reaches about 100 km from its centre; past this, a conversion likely went wrong. */
const FAR_METRES = 200_000;

/**
 * After a conversion, a file whose zones sit far from Tianjin was probably converted from the
 * wrong system (a `crs` member that lies, a wrong declaration): say so with where they landed.
 */
export function farFromTianjinWarning(features: readonly LoadedFeature[], fileName: string): ImportMessage | null {
  const box = boundingBox(features.map((feature) => feature.geometry));
  if (!box) return null;
  const centre = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  const distance = distanceMetres(TIANJIN_CENTRE, centre);
  if (distance <= FAR_METRES) return null;
  const longitude = Number(centre[0]!.toFixed(4));
  const latitude = Number(centre[1]!.toFixed(4));
  const distanceKilometres = Math.round(distance / 1000);
  return importMessage(
    'warning',
    'far-from-tianjin',
    fileName,
    { longitude, latitude, distanceKilometres },
  );
}
