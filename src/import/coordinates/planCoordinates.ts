import { importMessage, type ImportMessage } from '../importMessage';
import type { CoordinateConversion, CoordinateSystemReport } from './coordinateReport';
import { detectSystem } from './detectSystem';
import { copyPosition, rawBounds, type PositionMap } from './mapPositions';
import { unprojectFor } from './projections';
import { declaredDatum, declaredProjection, systemLabel, type ShiftedDatum, type SourceSystem } from './sourceSystem';
import type { StatedSystem } from './statedSystem';

export interface CoordinatePlan {
  /** Applied to every raw position before validation, so that the rules see longitude/latitude. */
  toLonLat: PositionMap;
  /** Applied after validation and repair (the shift keeps lon/lat valid and shapes intact). */
  datum: ShiftedDatum | null;
  report: CoordinateSystemReport;
  errors: ImportMessage[];
  warnings: ImportMessage[];
}

/**
 * Decides how a file's numbers become WGS-84 longitude/latitude, in this order of authority:
 * a projection the editor declared; else the file's own `crs` member or `.prj`; else what the
 * numbers show (swapped axes, or metres of a projection that lands near Tianjin). A declared
 * projection that contradicts the file's stated one rejects the file rather than guess. A
 * declared GCJ-02/BD-09 is a datum, applied on top of whatever projection was found.
 */
export function planCoordinates(
  geometries: readonly unknown[],
  declared: SourceSystem | undefined,
  stated: StatedSystem | null,
  fileName: string,
): CoordinatePlan {
  const errors: ImportMessage[] = [];
  const warnings: ImportMessage[] = [];
  const applied: CoordinateConversion[] = [];
  let toLonLat: PositionMap = copyPosition;
  let detected: string | null = null;
  let projectedFrom: string | null = null;
  let how = '';
  const forced = declaredProjection(declared);
  if (stated?.kind === 'unknown') {
    errors.push(
      importMessage('error', 'crs-unsupported', fileName, {
        crs: stated.name,
      }),
    );
  } else if (forced !== null) {
    if (stated && stated.id !== forced) {
      errors.push(
        importMessage('error', 'crs-conflict', fileName, {
          declared: forced,
          crs: stated.name,
        }),
      );
    } else {
      toLonLat = unprojecting(unprojectFor(forced)!);
      projectedFrom = forced;
      how = 'as declared';
      warnings.push(importMessage('warning', 'projection-declared', fileName, { system: forced }));
    }
  } else if (stated?.kind === 'projected') {
    toLonLat = unprojecting(stated.unproject);
    projectedFrom = stated.id;
    how = `as the file states: ${stated.name}`;
    warnings.push(importMessage('warning', 'crs-converted', fileName, { crs: stated.name, system: stated.id }));
  } else {
    if (stated?.kind === 'geographic') {
      warnings.push(importMessage('warning', 'crs-geographic', fileName, { crs: stated.name }));
    }
    const found = detectSystem(rawBounds(geometries));
    detected = found.kind === 'lonlat' ? 'wgs84' : found.kind === 'projected' ? found.id : found.kind;
    if (found.kind === 'swapped-axes') {
      toLonLat = (position) => [position[1]!, position[0]!, ...position.slice(2)];
      applied.push({ step: 'swap-axes' });
      how = 'with longitude and latitude swapped back';
      warnings.push(importMessage('warning', 'axes-swapped', fileName));
    } else if (found.kind === 'projected') {
      toLonLat = unprojecting(unprojectFor(found.id)!);
      projectedFrom = found.id;
      how = 'found from the numbers';
      warnings.push(importMessage('warning', 'projection-detected', fileName, { system: found.id }));
    } else if (found.kind === 'unrecognised') {
      warnings.push(
        importMessage('warning', 'coordinates-unrecognised', fileName),
      );
    }
  }
  if (projectedFrom !== null) applied.push({ step: 'unproject', from: projectedFrom });
  const datum = declaredDatum(declared);
  if (datum) applied.push({ step: 'datum-shift', from: datum });
  const source = datum ?? projectedFrom ?? 'wgs84';
  const report: CoordinateSystemReport = {
    declared: declared ?? null,
    stated: stated?.name ?? null,
    detected,
    source,
    applied,
    shiftMetres: null,
    note: note(projectedFrom ?? 'wgs84', how, datum, applied.length > 0),
  };
  return { toLonLat, datum, report, errors, warnings };
}

function unprojecting(unproject: (x: number, y: number) => [number, number]): PositionMap {
  return (position) => [...unproject(position[0]!, position[1]!), ...position.slice(2)];
}

function note(projection: string, how: string, datum: ShiftedDatum | null, converted: boolean): string {
  const read = `Read as ${systemLabel(projection)}${how ? ` — ${how}` : ''}`;
  const shifted = datum ? `; ${systemLabel(datum)} datum as declared` : '';
  return `${read}${shifted}; ${converted ? 'converted to WGS-84.' : 'no conversion needed.'}`;
}
