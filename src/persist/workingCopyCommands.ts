import type { ZoneFeature } from '../domain/zone';
import { commitZoneChange, loadZones, raiseAlert, setPersistence } from '../state/actions';
import type { AppStore } from '../state/store';
import { download } from './download';
import type { ZoneDatabase } from './zoneDatabase';

/** A file name stamped with today's date, e.g. `tianjin-cv-zones-2026-11-25.geojson`. */
function exportName(extension: string): string {
  return `tianjin-cv-zones-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

/**
 * What the data panel's buttons do with the working copy: export it, go back to the shipped
 * zones (undoable), and settle a conflict with another tab either way.
 */
export function workingCopyCommands(store: AppStore, database: () => ZoneDatabase | null, defaultZones: () => ZoneFeature[]) {
  return {
    // The exporters load on first use: they are not needed for the first picture.
    async exportGeoJson(): Promise<void> {
      const { exportGeoJson } = await import('./exportGeoJson');
      const { zones, otherFeatures } = store.getState();
      const text = exportGeoJson([...zones, ...otherFeatures]);
      download(new Blob([text], { type: 'application/geo+json' }), exportName('geojson'));
    },
    async exportCsv(): Promise<void> {
      const { exportCsv } = await import('./exportCsv');
      const areas = store.getState().zoneAreaSquareMetresById;
      const { zones, otherFeatures } = store.getState();
      const text = exportCsv([...zones, ...otherFeatures], {
        // The worker's areas when it has measured; otherwise the exporter measures.
        areaSquareMetres: areas.size > 0 ? (zone) => areas.get(zone.properties.id) ?? Number.NaN : undefined,
      });
      download(new Blob([text], { type: 'text/csv;charset=utf-8' }), exportName('csv'));
    },
    restoreDefaults(): void {
      commitZoneChange(store, defaultZones(), { messageKey: 'history.restoreDefaults', parameters: {} }, []);
    },
    async loadOtherTab(): Promise<void> {
      const saved = await database()?.load();
      if (saved) loadZones(store, saved.zones, saved.revision, saved.otherFeatures);
    },
    keepMine(): void {
      const { persistence } = store.getState();
      const storedRevision = Number(persistence.detail);
      if (!Number.isInteger(storedRevision)) {
        raiseAlert(store, 'error', 'persistence.conflictUnknown', {});
        return;
      }
      // Saving on top of the other tab's revision overwrites it, as the editor chose.
      setPersistence(store, { status: 'unsaved', revision: storedRevision });
    },
  };
}
